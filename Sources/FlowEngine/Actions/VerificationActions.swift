import FlowDiagnostics
import FlowModel
import FlowDomain

/// `verify_enterprise`: the five elements of the enterprise check.
struct VerifyEnterprise: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let request = EnterpriseVerificationRequest(
            companyName: try context.string("company_name"), uscc: try context.string("uscc"),
            legalRepName: try context.string("legal_rep_name"), legalRepID: try context.string("legal_rep_id"),
            legalRepMobile: try context.string("legal_rep_mobile"))
        let provider = context.providers.enterprise
        let outcome: VerificationOutcome
        do { outcome = try await provider.verify(request) } catch { throw .provider(error.message) }
        return VerificationResult(outcome: outcome, provider: provider.kind, output: "enterprise.verified").effects
    }
}

/// `verify_person`: phone, bank card or face; face waits for the applicant's scan.
struct VerifyPerson: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let methodName = try context.string("method")
        guard let method = PersonVerificationRequest.Method(rawValue: methodName) else {
            throw .definition(LocalizedMessage(en: "unknown verification method \(methodName)", zh: "未知的核验方式 \(methodName)"))
        }
        let request = PersonVerificationRequest(
            method: method, name: try context.string("name"), idNumber: try context.string("id_number"),
            mobile: context.optionalString("mobile"), bankCard: context.optionalString("bank_card"))
        let provider = context.providers.person
        let outcome: VerificationOutcome
        do { outcome = try await provider.verify(request) } catch { throw .provider(error.message) }
        var result = VerificationResult(outcome: outcome, provider: provider.kind, output: "person.verified")
        result.detail["method"] = methodName
        return result.effects
    }
}

/// Turns a verification answer into effects: verified, rejected, or a face-verification wait.
private struct VerificationResult {
    let outcome: VerificationOutcome
    let provider: ProviderKind
    let output: String
    var detail: [String: String] = [:]

    init(outcome: VerificationOutcome, provider: ProviderKind, output: String) {
        self.outcome = outcome
        self.provider = provider
        self.output = output
    }

    var effects: Result<ActionEffects, ActionRejection> {
        var effects = ActionEffects()
        effects.detail = detail
        effects.detail["provider"] = provider.rawValue
        switch outcome {
        case .verified:
            effects.outputs[output] = .bool(true)
            effects.detail["result"] = "verified"
            return .success(effects)
        case let .pending(reference):
            effects.outputs[output] = .bool(false)
            effects.wait = .faceVerification
            effects.detail["result"] = "pending"
            effects.detail["reference"] = reference
            return .success(effects)
        case let .rejected(message):
            effects.detail["result"] = "rejected"
            return .failure(ActionRejection(message: message, effects: ActionEffects()))
        }
    }
}

import FlowDiagnostics
import FlowModel
import FlowStore

/// `issue_certificate`: the certificate authority issues the approved order's certificate.
struct IssueCertificate: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        guard let organization = (context.value("company_name") ?? context.value("certificate.organization"))?.stringValue,
              let uscc = (context.value("uscc") ?? context.value("certificate.uscc"))?.stringValue
        else {
            throw .definition(LocalizedMessage(
                en: "issue_certificate needs the company name and USCC answered earlier",
                zh: "issue_certificate 需要此前填写的企业名称和统一社会信用代码"))
        }
        var years = 1
        if case let .int(chosen)? = context.value("validity_years") { years = Int(chosen) }
        let request = CertificateRequest(
            orderID: context.orderID, organization: organization, uscc: uscc, years: years, today: context.clock.today())
        let certificate: IssuedCertificate
        do { certificate = try await context.providers.issuer.issue(request) } catch { throw .provider(error.message) }
        var effects = ActionEffects()
        effects.issued = certificate
        effects.outputs["certificate.issued"] = .bool(true)
        effects.outputs["certificate.new_serial"] = .string(certificate.serial)
        effects.detail = [
            "serial": certificate.serial, "not_after": certificate.notAfter, "provider": context.providers.issuer.kind.rawValue,
        ]
        return .success(effects)
    }
}

/// `revoke_certificate`: the revocation request goes to the certificate authority through the
/// outbox, committed with the step, so it is sent exactly once.
struct RevokeCertificate: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let serial = try context.string("serial")
        let reason = try context.string("reason")
        var effects = ActionEffects()
        effects.outbox.append(OutboxRecord(
            orderId: context.orderID, kind: "revocation",
            payload: JSONText.object(["serial": serial, "reason": reason, "order": context.orderID]),
            createdAt: context.clock.now()))
        effects.outputs["certificate.revoked"] = .bool(true)
        effects.detail = ["serial": serial, "reason": reason]
        return .success(effects)
    }
}

import FlowDiagnostics
import FlowDomain
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
        effects.outbox += try context.notify(.certificateIssued, ["serial": .same(certificate.serial), "not_after": .same(certificate.notAfter)])
        return .success(effects)
    }
}

/// `send_certificate_password`: the password the CA sets on the new key, by SMS to the legal
/// representative (the manual, 2.x "证书密码以短信发送"). Only the SMS carries it: no event, log or
/// table does.
struct SendCertificatePassword: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let certificate = try context.issuedEarlier(for: "send_certificate_password")
        let mobile = try context.string("mobile")
        let password = OneTimeCodes.generate(digits: 8)
        let message = SMSMessage(
            to: mobile,
            text: "【ChannelFlow】证书 \(certificate.serial) 的 UKEY 初始密码为 \(password)，收到 UKEY 后请及时修改。"
                + "The initial password of the UKEY for certificate \(certificate.serial) is \(password); change it when the key arrives.",
            purpose: "certificate_password", code: password)
        do { try await context.providers.sms.send(message) } catch { throw .provider(error.message) }
        var effects = ActionEffects()
        effects.outputs["certificate.password_sent"] = .bool(true)
        // Only that it was sent: the password itself never reaches the outbox.
        effects.outbox += try context.notify(.certificatePasswordSent, ["serial": .same(certificate.serial)])
        effects.detail = ["to": Masking.mobile(mobile), "serial": certificate.serial, "provider": context.providers.sms.kind.rawValue]
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

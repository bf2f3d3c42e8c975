import FlowDiagnostics
import FlowDomain
import FlowModel

/// `read_ukey`: the inserted key's certificate, checked against the flow (medium, renewal window).
struct ReadUKey: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let device = context.providers.ukey
        let reading: UKeyReading
        do { reading = try await device.read() } catch { throw .provider(error.message) }
        let today = context.clock.today()
        let days = Int64(reading.notAfter.daysSinceEpoch - today.daysSinceEpoch)
        var effects = ActionEffects()
        effects.outputs = [
            "certificate.serial": .string(reading.serial), "certificate.organization": .string(reading.organization),
            "certificate.uscc": .string(reading.uscc), "certificate.not_after": .date(reading.notAfter),
            "certificate.days_to_expiry": .int(days), "certificate.medium": .string(reading.medium),
        ]
        effects.detail = ["serial": reading.serial, "provider": device.kind.rawValue, "not_after": reading.notAfter.description]
        if let token = reading.token { effects.detail["token"] = token }
        // The manual (2.4): the key actually inserted is the one the process goes on with; an
        // order that read another key before says so in its events.
        if case let .string(previous)? = context.state.outputs["certificate.serial"], previous != reading.serial {
            effects.events.append((kind: "ukey_changed", detail: ["previous": previous, "inserted": reading.serial]))
            effects.detail["replaces"] = previous
        }
        let flow = context.machine.flow
        if !flow.media.contains(where: { $0.value.rawValue == reading.medium }) {
            return reject(LocalizedMessage(
                en: "\(flow.title.value.en) is not offered for \(reading.medium) certificates",
                zh: "\(reading.medium == "cloud" ? "云证书" : "该介质证书")不能办理\(flow.title.value.zh)"))
        }
        if days < 0 {
            return reject(LocalizedMessage(
                en: "the certificate expired on \(reading.notAfter); apply for a new one",
                zh: "证书已于 \(reading.notAfter) 过期，请重新申请"))
        }
        if let window = flow.guardRule.renewalWindowDays?.value, days > Int64(window) {
            let opens = reading.notAfter.adding(days: -window)
            return reject(LocalizedMessage(
                en: "renewal opens \(window) days before expiry: this certificate expires on \(reading.notAfter), so from \(opens)",
                zh: "证书到期前 \(window) 天内才能更新：该证书 \(reading.notAfter) 到期，\(opens) 起可办理"))
        }
        return .success(effects)
    }

    private func reject(_ message: LocalizedMessage) -> Result<ActionEffects, ActionRejection> {
        .failure(ActionRejection(message: message, effects: ActionEffects()))
    }
}

/// `verify_pin`: the key's password, with the tries left.
struct VerifyPIN: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let check: PINCheck
        let pin = try context.string("pin")
        do { check = try await context.providers.ukey.verifyPIN(pin) } catch { throw .provider(error.message) }
        if let refusal = check.refusal { return .failure(ActionRejection(message: refusal, effects: ActionEffects())) }
        var effects = ActionEffects()
        effects.outputs["ukey.pin_verified"] = .bool(true)
        return .success(effects)
    }
}

/// `write_certificate`: the certificate issued earlier in the step goes onto the key.
struct WriteCertificate: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let certificate = try context.issuedEarlier(for: "write_certificate")
        let pin = try context.string("pin")
        do { try await context.providers.ukey.writeCertificate(certificate, pin: pin) } catch { throw .provider(error.message) }
        var effects = ActionEffects()
        effects.outputs["certificate.written"] = .bool(true)
        effects.detail = ["serial": certificate.serial, "provider": context.providers.ukey.kind.rawValue]
        return .success(effects)
    }
}

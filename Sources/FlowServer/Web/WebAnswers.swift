import FlowEngine
import FlowModel
import Foundation

/// Turns a posted step form into the engine's answers: the chosen option's fields under their
/// own ids (each option's inputs are named `option/field`), an unticked checkbox as `false`
/// (browsers send nothing for it, and its default must not win), and, where the sandbox sent
/// the code, the word `sandbox` in a code field as the sandbox's code.
struct WebAnswers {
    var answers: [String: RawAnswer] = [:]
    /// What to show again when the engine refuses them: the form's values, without secrets.
    var attempt = WebAttempt()

    /// Form names starting with `_` carry the page's own data (the CSRF token, the version).
    static func isReserved(_ name: String) -> Bool { name.hasPrefix("_") }

    static func optionFieldName(_ option: String, _ field: String) -> String { "\(option)/\(field)" }

    /// Which code fields may be answered `sandbox`, with the kind of code the sandbox reads: an
    /// SMS code when the channel's SMS is the sandbox; a captcha likewise, since a channel that
    /// reads back its SMS codes is a demonstration whose captcha needs no eyes either.
    static func sandboxCodeKinds(_ sandboxRoles: [String]) -> [FieldType: String] {
        sandboxRoles.contains("sms") ? [.smsCode: "sms", .captcha: "captcha"] : [:]
    }

    init(form: [String: String], current: CurrentStep, sandboxRoles: [String]) {
        let codes = Self.sandboxCodeKinds(sandboxRoles)
        var fields = current.step.fields.map { ($0, $0.id.value) }
        if let choice = current.step.choice, let picked = form[choice.field.value] {
            answers[choice.field.value] = .text(picked)
            attempt.typed[choice.field.value] = picked
            let option = current.options.first { $0.id.value == picked }
            fields += (option?.fields ?? []).map { ($0, Self.optionFieldName(picked, $0.id.value)) }
        }
        for (field, name) in fields where !field.readOnly && field.computed == nil {
            let type = field.type.value
            guard let text = form[name] ?? (type == .bool ? "false" : nil) else { continue }
            if let kind = codes[type], text.trimmingCharacters(in: .whitespaces).lowercased() == "sandbox" {
                answers[field.id.value] = .sandboxCode(kind)
            } else {
                answers[field.id.value] = .text(text)
            }
            if !type.isSecret { attempt.typed[name] = text }
        }
    }
}

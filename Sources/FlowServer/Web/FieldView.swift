import FlowDiagnostics
import FlowEngine
import FlowModel
import Foundation

/// One field of a step page: the input its type calls for, its label in both languages, what it
/// holds (the value typed before a refused submission, else its default), the masked prefilled
/// value it keeps when left empty, and the message of a wrong answer next to it.
struct FieldView {
    struct Option {
        var value: String
        var label: LocalizedTextPayload
        var selected: Bool
    }

    /// The form name: the field id, prefixed by its option's id for a choice option's field
    /// (several options declare the same field).
    var name: String
    var htmlID: String
    var label: LocalizedTextPayload
    var help: LocalizedTextPayload?
    var required: Bool
    /// A read-only field is shown, never sent: the engine keeps its prefilled value.
    var readOnly: Bool
    var value: String
    var prefilled: String?
    /// Named apart from the other views' errors: a nil value would let mustache find theirs.
    var fieldError: LocalizedTextPayload?
    /// The `type` of an `<input>`; nil for a select, a checkbox or a textarea.
    var input: String?
    var isSelect = false
    var isCheckbox = false
    var isTextarea = false
    var checked = false
    var options: [Option] = []
    /// A code field that accepts the word `sandbox` (the code the sandbox sent).
    var sandboxCode: Bool
    /// Codes and passwords: never shown back, never filled in by the browser.
    var secret: Bool

    init(_ field: Field, name: String, current: CurrentStep, typed: String?, error: FieldError?, sandboxCode: Bool) {
        let type = field.type.value
        self.name = name
        htmlID = "field-" + name.replacingOccurrences(of: "/", with: "-")
        label = LocalizedTextPayload(field.label.value)
        help = field.help.map(LocalizedTextPayload.init)
        required = if case .always = field.required { true } else { false }
        readOnly = field.readOnly
        prefilled = current.prefilled[field.id.value]
        fieldError = error.map { LocalizedTextPayload($0.message) }
        secret = type.isSecret
        self.sandboxCode = sandboxCode
        let fallback = field.defaultValue?.value.text
        value = secret ? "" : typed ?? fallback ?? ""
        if let entries = current.listed[field.id.value] {
            isSelect = true
            options = entries.enumerated().map { index, entry in
                Option(value: String(index + 1), label: LocalizedTextPayload(LocalizedText(zh: entry, en: entry)), selected: value == String(index + 1))
            }
            return
        }
        switch type {
        case .enum:
            isSelect = true
            options = field.options.map { option in
                Option(value: option.value.value, label: LocalizedTextPayload(option.label.value), selected: option.value.value == value)
            }
        case .bool:
            isCheckbox = true
            checked = (typed ?? fallback ?? prefilled) == "true"
        case .address:
            isTextarea = true
        default:
            input = Self.inputType[type] ?? "text"
        }
    }

    private static let inputType: [FieldType: String] = [
        .email: "email", .phone: "tel", .date: "date", .int: "number", .password: "password",
    ]
}

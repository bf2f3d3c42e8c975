import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowModel
import FlowStore
import Foundation

/// A step of an order as a page: its fields, the verification options with each option's
/// fields, the materials to upload, a confirmation page's read-only summary, the price, the
/// captcha picture, and what went wrong with the last submission.
struct StepPage {
    struct ChoiceView {
        struct Option {
            var id: String
            var htmlID: String
            var label: LocalizedTextPayload
            var checked: Bool
            var fields: [FieldView]
        }

        var field: String
        var label: LocalizedTextPayload
        var choiceError: LocalizedTextPayload?
        var options: [Option]
    }

    struct MaterialView {
        var id: String
        var htmlID: String
        var name: LocalizedTextPayload
        var required: Bool
        var types: String
        /// The `accept` attribute: the file choosers' filter.
        var accept: String
        var maxSizeMB: Int
        var materialError: LocalizedTextPayload?
    }

    struct ErrorLine {
        var label: LocalizedTextPayload
        var message: LocalizedTextPayload
    }

    var frame: PageFrame
    var order: OrderLine
    var notice: LocalizedTextPayload?
    var action: String
    var version: Int64
    var fields: [FieldView]
    var choice: ChoiceView?
    var materials: [MaterialView]
    var isConfirmation: Bool
    var summary: [StepPayload.SummaryLine]
    var price: String?
    /// The captcha as a `data:` URL of its SVG.
    var captcha: String?
    var errors: [ErrorLine]
    var hasErrors: Bool
    var refusal: Refusal?
    var back: String?
    var cancel: String
    var submit: LocalizedTextPayload
    /// The channel's payment is the sandbox: the pay button says so, and no money moves.
    var sandboxPayment: Bool

    init(
        frame: PageFrame, current: CurrentStep, summary answers: [MaskedAnswer]?, attempt: WebAttempt, captcha: CaptchaImage?,
        sandboxRoles: [String]
    ) {
        let step = current.step
        let base = "/web/\(current.order.channel)/orders/\(current.order.id)"
        let errors = Dictionary(attempt.errors.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
        let codes = WebAnswers.sandboxCodeKinds(sandboxRoles)
        // An option's field shows its error only under the option picked: other options may
        // declare a field of the same id.
        func view(_ field: Field, name: String, picked: Bool = true) -> FieldView {
            FieldView(
                field, name: name, current: current, typed: attempt.typed[name], error: picked ? errors[field.id.value] : nil,
                sandboxCode: codes[field.type.value] != nil)
        }
        self.frame = frame
        self.order = OrderLine(current.order, flowTitle: current.flowTitle, stepTitle: step.title.value)
        notice = step.notice.map { LocalizedTextPayload($0.value) }
        action = "\(base)/steps/\(step.id.value)"
        version = current.order.version
        fields = step.fields.map { view($0, name: $0.id.value) }
        let picked = attempt.typed[step.choice?.field.value ?? ""]
        choice = step.choice.map { choice in
            ChoiceView(
                field: choice.field.value, label: LocalizedTextPayload(choice.label.value),
                choiceError: errors[choice.field.value].map { LocalizedTextPayload($0.message) },
                options: current.options.map { option in
                    ChoiceView.Option(
                        id: option.id.value, htmlID: "option-\(option.id.value)", label: LocalizedTextPayload(option.label.value),
                        checked: option.id.value == picked,
                        fields: option.fields.map {
                            view($0, name: WebAnswers.optionFieldName(option.id.value, $0.id.value), picked: option.id.value == picked)
                        })
                })
        }
        materials = current.materials.map { material in
            let types = material.accept.map(\.value)
            return MaterialView(
                id: material.id.value, htmlID: "material-\(material.id.value)", name: LocalizedTextPayload(material.name.value),
                required: material.required, types: types.map { $0.rawValue.uppercased() }.joined(separator: ", "),
                accept: types.flatMap(Self.acceptValues).joined(separator: ","), maxSizeMB: material.maxSizeMB.value,
                materialError: errors[material.id.value].map { LocalizedTextPayload($0.message) })
        }
        isConfirmation = step.kind.value == .confirmation
        summary = (answers ?? []).map(StepPayload.SummaryLine.init)
        price = current.price?.formatted
        self.captcha = captcha.map { "data:image/svg+xml;base64," + Data($0.svg.utf8).base64EncodedString() }
        self.errors = attempt.errors.map { ErrorLine(label: LocalizedTextPayload($0.label), message: LocalizedTextPayload($0.message)) }
        hasErrors = !attempt.errors.isEmpty
        refusal = attempt.refusal
        back = step.back && !current.path.isEmpty ? "\(base)/back" : nil
        cancel = "\(base)/cancel"
        sandboxPayment = step.kind.value == .payment && sandboxRoles.contains("payment")
        submit = Self.submitLabel(step.kind.value, sandboxPayment: sandboxPayment)
    }

    private static func submitLabel(_ kind: StepKind, sandboxPayment: Bool) -> LocalizedTextPayload {
        let text = switch kind {
        case .confirmation: LocalizedText(zh: "确认无误，继续", en: "Confirm and continue")
        case .payment where sandboxPayment: LocalizedText(zh: "沙箱支付", en: "Pay in the sandbox")
        case .payment: LocalizedText(zh: "去支付", en: "Pay")
        case .materials: LocalizedText(zh: "上传并继续", en: "Upload and continue")
        case .signature: LocalizedText(zh: "签名提交", en: "Sign and submit")
        default: LocalizedText(zh: "下一步", en: "Next")
        }
        return LocalizedTextPayload(text)
    }

    private static func acceptValues(_ type: MaterialFileType) -> [String] {
        switch type {
        case .pdf: [".pdf", "application/pdf"]
        case .jpeg: [".jpg", ".jpeg", "image/jpeg"]
        case .png: [".png", "image/png"]
        }
    }
}

import FlowEngine
import FlowDomain
import FlowModel

/// What the order asks now: the step with its fields, options and materials, labels in both
/// languages, prefilled values masked, the price once known and a captcha when the step has one.
public struct StepPayload: Sendable, Codable, Equatable {
    public struct FieldPayload: Sendable, Codable, Equatable {
        public struct Option: Sendable, Codable, Equatable {
            public var value: String
            public var label: LocalizedTextPayload
        }

        public var id: String
        public var label: LocalizedTextPayload
        public var type: String
        /// `always`, `never` or `conditional` (decided by the other answers).
        public var required: String
        public var readOnly: Bool
        public var options: [Option]
        /// The entries an `options-from` field picks from (masked), answered by position.
        public var entries: [String]?
        public var prefilled: String?
        public var help: LocalizedTextPayload?
    }

    public struct ChoicePayload: Sendable, Codable, Equatable {
        public struct Option: Sendable, Codable, Equatable {
            public var id: String
            public var label: LocalizedTextPayload
            public var fields: [FieldPayload]
        }

        public var field: String
        public var label: LocalizedTextPayload
        public var options: [Option]
    }

    public struct MaterialPayload: Sendable, Codable, Equatable {
        public var id: String
        public var name: LocalizedTextPayload
        public var required: Bool
        public var accept: [String]
        public var maxSizeMB: Int

        init(_ material: Material) {
            id = material.id.value
            name = LocalizedTextPayload(material.name.value)
            required = material.required
            accept = material.accept.map(\.value.rawValue)
            maxSizeMB = material.maxSizeMB.value
        }
    }

    public struct SummaryLine: Sendable, Codable, Equatable {
        public var step: String
        public var field: String
        public var label: LocalizedTextPayload
        public var value: String

        init(_ answer: MaskedAnswer) {
            step = answer.step
            field = answer.field
            label = LocalizedTextPayload(answer.label)
            value = answer.value
        }
    }

    public var order: OrderPayload
    public var id: String
    public var title: LocalizedTextPayload
    public var kind: String
    public var notice: LocalizedTextPayload?
    /// Whether going back from here is allowed.
    public var back: Bool
    /// Nothing to answer: submitting an empty body runs the step.
    public var automatic: Bool
    public var fields: [FieldPayload]
    public var choice: ChoicePayload?
    public var materials: [MaterialPayload]
    /// A confirmation page's read-only summary (masked).
    public var summary: [SummaryLine]?
    /// The amount once priced, in yuan (`¥1,200.00`) and in fen.
    public var price: String?
    public var priceFen: Int64?
    public var captchaSVG: String?

    init(_ current: CurrentStep, summary: [MaskedAnswer]?, captcha: CaptchaImage?) {
        let step = current.step
        order = OrderPayload(current.order)
        id = step.id.value
        title = LocalizedTextPayload(step.title.value)
        kind = step.kind.value.rawValue
        notice = step.notice.map { LocalizedTextPayload($0.value) }
        back = step.back
        automatic = current.automatic
        fields = step.fields.map { Self.field($0, current) }
        choice = step.choice.map { choice in
            ChoicePayload(
                field: choice.field.value, label: LocalizedTextPayload(choice.label.value),
                options: current.options.map { option in
                    ChoicePayload.Option(
                        id: option.id.value, label: LocalizedTextPayload(option.label.value),
                        fields: option.fields.map { Self.field($0, current) })
                })
        }
        materials = current.materials.map(MaterialPayload.init)
        self.summary = summary?.map(SummaryLine.init)
        price = current.price?.formatted
        priceFen = current.price?.fen
        captchaSVG = captcha?.svg
    }

    private static func field(_ field: Field, _ current: CurrentStep) -> FieldPayload {
        let required = switch field.required {
        case .always: "always"
        case .never: "never"
        case .when: "conditional"
        }
        return FieldPayload(
            id: field.id.value, label: LocalizedTextPayload(field.label.value), type: field.type.value.rawValue,
            required: required, readOnly: field.readOnly,
            options: field.options.map { .init(value: $0.value.value, label: LocalizedTextPayload($0.label.value)) },
            entries: current.listed[field.id.value], prefilled: current.prefilled[field.id.value],
            help: field.help.map(LocalizedTextPayload.init))
    }
}

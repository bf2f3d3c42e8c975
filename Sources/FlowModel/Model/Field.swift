/// One input of a step.
public struct Field: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var label: Located<LocalizedText>
    public var type: Located<FieldType>
    /// Always, never, or when an expression holds.
    public var required: Requirement
    /// When set, the field is shown (and asked) only when the expression holds.
    public var when: Located<String>?
    public var validators: [Located<Validator>]
    public var defaultValue: Located<ScalarValue>?
    /// A sample value shown to the applicant; never real personal data.
    public var example: Located<ScalarValue>?
    public var readOnly: Bool
    public var prefill: Located<Prefill>?
    /// Show the value masked (`110***********1234`); personal-data types are masked by default.
    public var mask: Bool
    public var options: [EnumOption]
    /// For an enum whose choices come from an action: the output that lists them.
    public var optionsFrom: Located<String>?
    /// A value computed from an expression; such a field is read-only.
    public var computed: Located<String>?
    public var help: LocalizedText?

    public init(
        id: Located<String>, label: Located<LocalizedText>, type: Located<FieldType>, required: Requirement = .always,
        when: Located<String>? = nil, validators: [Located<Validator>] = [], defaultValue: Located<ScalarValue>? = nil,
        example: Located<ScalarValue>? = nil, readOnly: Bool = false, prefill: Located<Prefill>? = nil, mask: Bool? = nil,
        options: [EnumOption] = [], optionsFrom: Located<String>? = nil, computed: Located<String>? = nil, help: LocalizedText? = nil
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.required = required
        self.when = when
        self.validators = validators
        self.defaultValue = defaultValue
        self.example = example
        self.readOnly = readOnly || computed != nil
        self.prefill = prefill
        self.mask = mask ?? type.value.isPersonalData
        self.options = options
        self.optionsFrom = optionsFrom
        self.computed = computed
        self.help = help
    }
}

/// Whether a field must be answered.
public enum Requirement: Sendable, Hashable, Codable {
    case always
    case never
    case when(Located<String>)
}

/// One choice of an enum field.
public struct EnumOption: Sendable, Hashable, Codable {
    public var value: Located<String>
    public var label: Located<LocalizedText>

    public init(value: Located<String>, label: Located<LocalizedText>) {
        self.value = value
        self.label = label
    }
}

/// Where a field's initial value comes from.
public enum Prefill: Sendable, Hashable, Codable {
    /// An earlier field's answer.
    case field(String)
    /// An attribute of the certificate on the inserted UKEY, or an action's output.
    case value(String)
}

/// A literal value written in a file (a default, an example).
public enum ScalarValue: Sendable, Hashable, Codable {
    case string(String)
    case int(Int)
    case decimal(String)
    case bool(Bool)
}

extension FieldType {
    /// Types whose values identify a person and are masked by default.
    public var isPersonalData: Bool {
        switch self {
        case .residentID, .phone, .bankCard: true
        default: false
        }
    }
}

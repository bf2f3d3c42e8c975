/// One input of a step.
public struct Field: Sendable, Hashable, Codable, CustomReflectable {
    /// The stored properties, in one shared box (`SharedStorage`): the compiler, the rules and the
    /// engine copy steps and fields all the time, and a copy is then one reference.
    struct Storage: Sendable, Hashable, Codable {
        var id: Located<String>
        var label: Located<LocalizedText>
        var type: Located<FieldType>
        var required: Requirement
        var when: Located<String>?
        var validators: [Located<Validator>]
        var defaultValue: Located<ScalarValue>?
        var example: Located<ScalarValue>?
        var readOnly: Bool
        var prefill: Located<Prefill>?
        var mask: Bool
        var options: [EnumOption]
        var optionsFrom: Located<String>?
        var computed: Located<String>?
        var help: LocalizedText?
    }

    private var storage: SharedStorage<Storage>

    public var id: Located<String> {
        get { storage.box.value.id }
        set { storage.update { $0.id = newValue } }
    }

    public var label: Located<LocalizedText> {
        get { storage.box.value.label }
        set { storage.update { $0.label = newValue } }
    }

    public var type: Located<FieldType> {
        get { storage.box.value.type }
        set { storage.update { $0.type = newValue } }
    }

    /// Always, never, or when an expression holds.
    public var required: Requirement {
        get { storage.box.value.required }
        set { storage.update { $0.required = newValue } }
    }

    /// When set, the field is shown (and asked) only when the expression holds.
    public var when: Located<String>? {
        get { storage.box.value.when }
        set { storage.update { $0.when = newValue } }
    }

    public var validators: [Located<Validator>] {
        get { storage.box.value.validators }
        set { storage.update { $0.validators = newValue } }
    }

    public var defaultValue: Located<ScalarValue>? {
        get { storage.box.value.defaultValue }
        set { storage.update { $0.defaultValue = newValue } }
    }

    /// A sample value shown to the applicant; never real personal data.
    public var example: Located<ScalarValue>? {
        get { storage.box.value.example }
        set { storage.update { $0.example = newValue } }
    }

    public var readOnly: Bool {
        get { storage.box.value.readOnly }
        set { storage.update { $0.readOnly = newValue } }
    }

    public var prefill: Located<Prefill>? {
        get { storage.box.value.prefill }
        set { storage.update { $0.prefill = newValue } }
    }

    /// Show the value masked (`110***********1234`); personal-data types are masked by default.
    public var mask: Bool {
        get { storage.box.value.mask }
        set { storage.update { $0.mask = newValue } }
    }

    public var options: [EnumOption] {
        get { storage.box.value.options }
        set { storage.update { $0.options = newValue } }
    }

    /// For an enum whose choices come from an action: the output that lists them.
    public var optionsFrom: Located<String>? {
        get { storage.box.value.optionsFrom }
        set { storage.update { $0.optionsFrom = newValue } }
    }

    /// A value computed from an expression; such a field is read-only.
    public var computed: Located<String>? {
        get { storage.box.value.computed }
        set { storage.update { $0.computed = newValue } }
    }

    public var help: LocalizedText? {
        get { storage.box.value.help }
        set { storage.update { $0.help = newValue } }
    }

    public init(
        id: Located<String>, label: Located<LocalizedText>, type: Located<FieldType>, required: Requirement = .always,
        when: Located<String>? = nil, validators: [Located<Validator>] = [], defaultValue: Located<ScalarValue>? = nil,
        example: Located<ScalarValue>? = nil, readOnly: Bool = false, prefill: Located<Prefill>? = nil, mask: Bool? = nil,
        options: [EnumOption] = [], optionsFrom: Located<String>? = nil, computed: Located<String>? = nil, help: LocalizedText? = nil
    ) {
        storage = SharedStorage(Storage(
            id: id,
            label: label,
            type: type,
            required: required,
            when: when,
            validators: validators,
            defaultValue: defaultValue,
            example: example,
            readOnly: readOnly || computed != nil,
            prefill: prefill,
            mask: mask ?? type.value.isPersonalData,
            options: options,
            optionsFrom: optionsFrom,
            computed: computed,
            help: help
        ))
    }

    /// Coded as the stored properties themselves, as before they moved into a box: the same JSON,
    /// the same content hashes.
    public init(from decoder: any Decoder) throws {
        storage = try SharedStorage(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.encode(to: encoder)
    }

    /// Printed (and shown in test failures) with its properties, not as a box.
    public var customMirror: Mirror {
        Mirror(self, children: Mirror(reflecting: storage.box.value).children, displayStyle: .struct)
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

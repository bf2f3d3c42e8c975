/// A parameter a flow declares and channels set (`channel.invoice`, `channel.authorised_unlock` …).
public struct Setting: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var type: Located<SettingType>
    /// Allowed values of an `enum` setting.
    public var values: [Located<String>]
    public var defaultValue: Located<ScalarValue>
    public var label: Located<LocalizedText>

    public init(
        id: Located<String>, type: Located<SettingType>, values: [Located<String>] = [],
        defaultValue: Located<ScalarValue>, label: Located<LocalizedText>
    ) {
        self.id = id
        self.type = type
        self.values = values
        self.defaultValue = defaultValue
        self.label = label
    }
}

/// The types a setting can have.
public enum SettingType: String, Sendable, Hashable, Codable, CaseIterable {
    case bool
    case int
    case `enum`
    case money
}

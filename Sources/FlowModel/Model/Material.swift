/// An uploaded document a flow may ask for (business licence photo, ID card front and back …).
public struct Material: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var name: Located<LocalizedText>
    public var required: Bool
    /// Whether this channel collects the material at all; channels switch optional ones on.
    public var enabled: Bool
    /// When set, the material is asked for only when the expression holds.
    public var when: Located<String>?
    public var accept: [Located<MaterialFileType>]
    public var maxSizeMB: Located<Int>
    /// A material uploaded in an earlier order or step is carried over and not asked again.
    public var carriedOver: Bool

    public init(
        id: Located<String>, name: Located<LocalizedText>, required: Bool = true, enabled: Bool = true,
        when: Located<String>? = nil, accept: [Located<MaterialFileType>], maxSizeMB: Located<Int>, carriedOver: Bool = true
    ) {
        self.id = id
        self.name = name
        self.required = required
        self.enabled = enabled
        self.when = when
        self.accept = accept
        self.maxSizeMB = maxSizeMB
        self.carriedOver = carriedOver
    }
}

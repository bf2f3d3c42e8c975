/// SW1 SW2 of ISO 7816-4, with the values a UKEY answers named.
public struct StatusWord: Sendable, Hashable, CustomStringConvertible {
    public var value: UInt16

    public init(_ value: UInt16) {
        self.value = value
    }

    public static let success = StatusWord(0x9000)
    /// Fewer bytes than asked: the end of the file came first.
    public static let endOfFile = StatusWord(0x6282)
    public static let wrongLength = StatusWord(0x6700)
    public static let securityNotSatisfied = StatusWord(0x6982)
    public static let authenticationBlocked = StatusWord(0x6983)
    public static let wrongData = StatusWord(0x6A80)
    public static let fileNotFound = StatusWord(0x6A82)
    public static let referenceNotFound = StatusWord(0x6A88)
    public static let wrongParameters = StatusWord(0x6B00)
    public static let incorrectP1P2 = StatusWord(0x6A86)
    public static let instructionNotSupported = StatusWord(0x6D00)
    public static let classNotSupported = StatusWord(0x6E00)
    public static let noPreciseDiagnosis = StatusWord(0x6F00)

    /// `63Cx`: a wrong password, `x` tries left.
    public static func wrongPassword(triesLeft: Int) -> StatusWord {
        StatusWord(0x63C0 | UInt16(min(max(triesLeft, 0), 15)))
    }

    /// The tries left when this is `63Cx`.
    public var triesLeft: Int? { value & 0xFFF0 == 0x63C0 ? Int(value & 0x000F) : nil }

    public var description: String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }
}

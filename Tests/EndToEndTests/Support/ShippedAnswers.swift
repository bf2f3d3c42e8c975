import Foundation

/// The shipped sample answers (`Examples/answers/CHANNEL-FLOW.yaml`) as text to vary: material
/// paths made absolute so a variant works from any folder, values replaced, steps dropped.
struct ShippedAnswers {
    /// Why a variant could not be made: the sample no longer says what the change replaces.
    struct Mismatch: Error, CustomStringConvertible {
        let expected: String
        var description: String { "the sample answers no longer contain \(expected.debugDescription)" }
    }

    static func path(_ channel: String, _ flow: String) -> String {
        ShippedProject.root.appendingPathComponent("Examples/answers/\(channel)-\(flow).yaml").path
    }

    static let files = ShippedProject.root.appendingPathComponent("Examples/files").path

    private(set) var text: String

    init(_ channel: String, _ flow: String) throws {
        text = try String(contentsOfFile: Self.path(channel, flow), encoding: .utf8)
            .replacingOccurrences(of: "{file: ../files/", with: "{file: \(Self.files)/")
    }

    /// Replaces every occurrence of `old`, which must occur.
    mutating func replace(_ old: String, with new: String) throws {
        guard text.contains(old) else { throw Mismatch(expected: old) }
        text = text.replacingOccurrences(of: old, with: new)
    }

    func replacing(_ old: String, with new: String) throws -> ShippedAnswers {
        var copy = self
        try copy.replace(old, with: new)
        return copy
    }

    /// Without the answers of `step` (its line and the indented lines under it).
    func removing(step: String) throws -> ShippedAnswers {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring(step + ":")) else { throw Mismatch(expected: step + ":") }
        let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix(" ") } ?? lines.endIndex
        lines.removeSubrange(start..<end)
        var copy = self
        copy.text = lines.joined(separator: "\n")
        return copy
    }

    /// The resident ID numbers, mobile numbers and bank card numbers the answers hold: every
    /// quoted run of 11 to 19 digits (an ID number may end in X).
    var personalData: Set<String> {
        let quoted = /"(\d{11,19}|\d{17}X)"/
        return Set(text.matches(of: quoted).map { String($0.output.1) })
    }
}

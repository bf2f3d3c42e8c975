import FlowDomain
import Foundation
import Testing

/// One row of `Fixtures/samples.tsv`, the shared domain reference's test vectors.
struct SampleRow: Sendable, CustomTestStringConvertible {
    let line: Int
    let kind: String
    let value: String
    let valid: String
    let note: String

    /// The reason code before the first colon of the note: `ok`, `normalise?` or a rule.
    var code: String { String(note.prefix { $0 != ":" }) }

    var testDescription: String { "samples.tsv:\(line) \(kind) \(code)" }
}

/// Loads the fixture located next to this file, never through a path outside the package.
enum SampleTable {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let header = ["kind", "value", "valid", "note"]

    /// All rows, or empty when the file cannot be read (the count test then fails loudly).
    static let rows: [SampleRow] = (try? load()) ?? []

    static func load() throws -> [SampleRow] {
        let url = fixtures.appendingPathComponent("samples.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.split(separator: "\t").map(String.init) == header else {
            throw SampleTableError.badHeader
        }
        return try lines.dropFirst().enumerated().map { offset, line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4 else { throw SampleTableError.badRow(line: offset + 2) }
            return SampleRow(line: offset + 2, kind: columns[0], value: columns[1],
                             valid: columns[2], note: columns[3])
        }
    }
}

enum SampleTableError: Error {
    case badHeader
    case badRow(line: Int)
}

/// A fixed "today" so the `future` rule does not depend on the clock.
func fixedToday() throws -> CivilDate {
    try #require(CivilDate(year: 2025, month: 11, day: 25))
}

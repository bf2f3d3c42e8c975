import Foundation

/// What `channelflow show ORDER --json` prints (personal data masked), decoded with the order
/// number replaced by `ORDER` wherever it stands (payment ids, event details), so that two orders
/// run on the same answers under the same fixed clock compare equal field by field.
struct ShownOrder: Decodable, Equatable, Sendable {
    struct Answer: Decodable, Equatable, Sendable {
        var field: String
        var value: String
    }

    struct Payment: Decodable, Equatable, Sendable {
        var id: String
        var amountFen: Int
        var status: String
        var provider: String
    }

    struct Material: Decodable, Equatable, Sendable {
        var material: String
        var sha256: String
    }

    struct Event: Decodable, Equatable, Sendable, CustomStringConvertible {
        var at: String
        var kind: String
        var step: String?
        var detail: String

        var description: String { "\(kind) \(step ?? "-") \(detail)" }
    }

    var channel: String
    var flow: String
    /// `active`, `waiting`, `completed` or `cancelled`.
    var status: String
    var step: String
    var wait: String?
    var version: Int
    var subject: String?
    /// The SHA-256 content hash of the pinned definition.
    var definition: String
    /// The completed steps, first to last.
    var path: [String]
    var answers: [Answer]
    var payments: [Payment]
    var materials: [Material]
    var events: [Event]

    /// Decodes the show of `order`. Throws when `json` shows another order: once the number is
    /// replaced, no field could tell.
    init(json: String, order: String) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let shown = try decoder.decode(Number.self, from: Data(json.utf8)).order
        guard shown == order else { throw OtherOrder(asked: order, shown: shown) }
        self = try decoder.decode(Self.self, from: Data(json.replacingOccurrences(of: order, with: "ORDER").utf8))
    }

    /// The steps of the events of `kind`, first to last (`step_completed`, `answers_accepted`, …).
    func steps(of kind: String) -> [String?] {
        events.filter { $0.kind == kind }.map(\.step)
    }

    private struct Number: Decodable {
        var order: String
    }

    private struct OtherOrder: Error, CustomStringConvertible {
        let asked: String
        let shown: String
        var description: String { "show \(asked) showed order \(shown)" }
    }
}

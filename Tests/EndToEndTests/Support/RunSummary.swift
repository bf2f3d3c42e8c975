import Foundation

/// What `channelflow run --json` and `resume --json` print: where the order stopped, why, and
/// the steps that ran.
struct RunSummary: Decodable, Sendable {
    struct Message: Decodable, Equatable, Sendable {
        var zh: String
        var en: String
    }

    struct FieldProblem: Decodable, Equatable, Sendable {
        var field: String
        var message: Message
    }

    /// The refusal of a stop `refused`.
    struct Refusal: Decodable, Sendable {
        var message: Message
        var step: String?
        var fields: [FieldProblem]?
        var existingOrder: String?
    }

    struct Step: Decodable, Sendable {
        var step: String
        var outcome: String
        var status: String
        var next: String?
    }

    var order: String
    var channel: String
    /// `waiting`, `completed`, `needs-answers` or `refused`.
    var stop: String
    var step: String?
    var wait: String?
    var error: Refusal?
    var steps: [Step]

    init(_ run: ChannelFlowBinary.Run) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        self = try decoder.decode(Self.self, from: Data(run.stdout))
    }
}

/// What `channelflow show ORDER --json` prints (personal data masked).
struct ShownOrderJSON: Decodable, Sendable {
    struct Answer: Decodable, Sendable {
        var field: String
        var value: String
    }

    struct Payment: Decodable, Sendable {
        var amountFen: Int
        var status: String
    }

    var order: String
    var channel: String
    var flow: String
    /// `active`, `waiting`, `completed` or `cancelled`.
    var status: String
    var step: String
    var wait: String?
    var subject: String?
    /// The SHA-256 content hash of the pinned definition.
    var definition: String
    /// The completed steps, first to last.
    var path: [String]
    var answers: [Answer]
    var payments: [Payment]
}

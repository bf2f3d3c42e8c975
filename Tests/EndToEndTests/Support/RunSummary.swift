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

import Foundation

/// `channelflow show ORDER --json`, decoded with the order number replaced by `ORDER`, so that
/// two orders run on the same answers (and the same fixed clock) compare equal field by field.
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

    var status: String
    var step: String
    var wait: String?
    var version: Int
    var subject: String?
    var definition: String
    var path: [String]
    var answers: [Answer]
    var payments: [Payment]
    var materials: [Material]
    var events: [Event]

    init(json: String, order: String) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        self = try decoder.decode(Self.self, from: Data(json.replacingOccurrences(of: order, with: "ORDER").utf8))
    }
}

/// One row of `channelflow orders list --json`.
struct ListedOrder: Decodable, Equatable, Sendable {
    var order: String
    var channel: String
    var flow: String
    var status: String
    var step: String
    var subject: String?
}

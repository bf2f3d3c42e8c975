/// One row of `channelflow orders list --json`.
struct ListedOrder: Decodable, Sendable {
    var order: String
    var channel: String
    var flow: String
    var status: String
    var step: String
    var subject: String?
}

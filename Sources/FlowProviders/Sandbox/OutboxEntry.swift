import FlowModel
import Foundation

/// One message a sandbox "sent", as one line of an outbox file:
/// `{"at":…,"code":…,"purpose":…,"text":…,"to_hash":…,"to_masked":…}`.
///
/// The recipient appears only masked and as a hash, so the file can be read by anyone who runs
/// the demo without exposing a phone number; the hash is what finds the code again.
struct OutboxEntry: Codable, Sendable, Equatable {
    /// When it was "sent", ISO 8601 in UTC.
    var at: String
    var toMasked: String
    /// Hex SHA-256 of the normalised recipient.
    var toHash: String
    var purpose: String
    /// An e-mail's subject.
    var subject: String?
    var text: String
    var code: String?
    /// The notification's idempotency key: a message sent again with it is recorded once.
    var idempotencyKey: String?

    /// The hex SHA-256 of `recipient`'s UTF-8 bytes.
    static func hash(_ recipient: String) -> String {
        SHA256Hex.of(recipient.utf8)
    }

    /// `milliseconds` since 1970 as `2026-11-25T01:00:00Z`.
    static func timestamp(milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000).formatted(.iso8601)
    }
}

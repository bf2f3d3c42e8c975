import FlowModel
public import FlowStore
import Foundation

/// Issues and checks the channels' API keys. A key reads `cfk_ID_SECRET`: the id finds the row,
/// the secret's SHA-256 must match the stored one. The secret itself is shown once, never stored.
public struct APIKeys: Sendable {
    let store: OrderStore

    public init(store: OrderStore) {
        self.store = store
    }

    /// A new key for `channel`; the returned text is the only copy of the secret.
    public func create(channel: String, label: String?, now: Int64) throws -> (record: APIKeyRecord, key: String) {
        let id = Hex.random(bytes: 6)
        let secret = Hex.random(bytes: 32)
        let record = APIKeyRecord(id: id, channel: channel, secretSha256: Self.sha256(secret), label: label, createdAt: now)
        try store.insert(record)
        return (record, "cfk_\(id)_\(secret)")
    }

    /// The live key a presented text names, or nil (malformed, unknown, wrong secret, revoked).
    func verify(_ presented: String) throws -> APIKeyRecord? {
        let parts = presented.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "cfk", parts[1].count == 12, parts[2].count == 64 else { return nil }
        guard let record = try store.apiKey(id: String(parts[1])), record.revokedAt == nil else { return nil }
        return Self.constantTimeEqual(Self.sha256(String(parts[2])), record.secretSha256) ? record : nil
    }

    static func sha256(_ text: String) -> String {
        SHA256Hex.of(text.utf8)
    }

    /// Compares two hex digests without stopping at the first difference.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

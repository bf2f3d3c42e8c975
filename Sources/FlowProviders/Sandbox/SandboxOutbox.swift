import FlowDiagnostics
import FlowEngine
import Foundation
import Synchronization

/// Where the sandbox gateways put what they "sent": a JSON-lines file that a headless run in
/// another process reads codes back from, or a list in memory when there is no file.
final class SandboxOutbox: Sendable {
    let file: String?
    private let provider: String
    private let clock: any EngineClock
    private let log = Mutex(OutboxLog())

    init(file: String?, provider: String, clock: any EngineClock) {
        self.file = file
        self.provider = provider
        self.clock = clock
    }

    /// Records a message to `recipient` (already normalised), shown as `masked`. A message whose
    /// idempotency key is already recorded is the same message sent again: it is not recorded twice,
    /// as a real service that honours the key would not deliver it twice.
    func append(
        recipient: String, masked: String, purpose: String, text: String, code: String?, subject: String? = nil,
        idempotencyKey: String? = nil
    ) throws(ProviderError) {
        let entry = OutboxEntry(
            at: OutboxEntry.timestamp(milliseconds: clock.now()), toMasked: masked,
            toHash: OutboxEntry.hash(recipient), purpose: purpose, subject: subject, text: text, code: code,
            idempotencyKey: idempotencyKey
        )
        try log.withLock { (log: inout OutboxLog) throws(ProviderError) in
            if let file { try log.catchUp(with: file, provider: provider) }
            if let idempotencyKey, log.keys.contains(idempotencyKey) { return }
            if let file { try SandboxFile.append(try line(entry), to: file, provider: provider) } else { log.record(entry) }
        }
    }

    /// Every code recorded, newest first.
    func codes() throws(ProviderError) -> [String] {
        try log.withLock { (log: inout OutboxLog) throws(ProviderError) in
            if let file { try log.catchUp(with: file, provider: provider) }
            return log.entries.reversed().compactMap(\.code)
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private func line(_ entry: OutboxEntry) throws(ProviderError) -> [UInt8] {
        guard let line = try? Self.encoder.encode(entry) else {
            throw ProviderError(provider: provider, message: LocalizedMessage(
                en: "cannot encode an outbox line", zh: "无法编码发件箱记录"
            ))
        }
        return Array(line) + [0x0A]
    }
}

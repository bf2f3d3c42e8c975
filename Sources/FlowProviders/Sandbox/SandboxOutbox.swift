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
    private let memory = Mutex<[OutboxEntry]>([])

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
        if let idempotencyKey, try entries().contains(where: { $0.idempotencyKey == idempotencyKey }) { return }
        let entry = OutboxEntry(
            at: OutboxEntry.timestamp(milliseconds: clock.now()), toMasked: masked,
            toHash: OutboxEntry.hash(recipient), purpose: purpose, subject: subject, text: text, code: code,
            idempotencyKey: idempotencyKey
        )
        guard let file else {
            memory.withLock { $0.append(entry) }
            return
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let line = try? encoder.encode(entry) else {
            throw ProviderError(provider: provider, message: LocalizedMessage(
                en: "cannot encode an outbox line", zh: "无法编码发件箱记录"
            ))
        }
        try SandboxFile.append(Array(line) + [0x0A], to: file, provider: provider)
    }

    /// Every code recorded, newest first.
    func codes() throws(ProviderError) -> [String] {
        try entries().reversed().compactMap(\.code)
    }

    /// Every entry, oldest first.
    private func entries() throws(ProviderError) -> [OutboxEntry] {
        guard let file else { return memory.withLock { $0 } }
        guard let bytes = try SandboxFile.read(file, provider: provider) else { return [] }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var result: [OutboxEntry] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let entry = try? decoder.decode(OutboxEntry.self, from: Data(line)) else {
                throw ProviderError(provider: provider, message: LocalizedMessage(
                    en: "\(file):\(index + 1): not an outbox line", zh: "\(file):\(index + 1)：不是发件箱记录"
                ))
            }
            result.append(entry)
        }
        return result
    }
}

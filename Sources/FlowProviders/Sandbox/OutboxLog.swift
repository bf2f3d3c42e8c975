import FlowDiagnostics
import FlowEngine
import Foundation

/// What this process has read of a sandbox outbox: its entries and idempotency keys, and how far
/// into the file it has read. The file is only ever appended to, so each read starts where the last
/// one ended and a message costs the same however long the file has grown; a file replaced or cut
/// shorter (removed by hand between runs) is read again from its start.
struct OutboxLog {
    private(set) var entries: [OutboxEntry] = []
    private(set) var keys: Set<String> = []
    private var identity: SandboxFile.Identity?
    private var offset = 0
    private var lines = 0

    mutating func record(_ entry: OutboxEntry) {
        entries.append(entry)
        if let key = entry.idempotencyKey { keys.insert(key) }
    }

    /// Reads what was appended to `file` since the last call; a line still being written (no newline
    /// yet) waits for the next one.
    mutating func catchUp(with file: String, provider: String) throws(ProviderError) {
        guard let tail = try SandboxFile.tail(file, from: offset, of: identity, provider: provider) else {
            self = OutboxLog()
            return
        }
        if tail.from == 0, offset != 0 { self = OutboxLog() }
        identity = tail.identity
        guard let end = tail.bytes.lastIndex(of: 0x0A) else { return }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        for line in tail.bytes[...end].split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            lines += 1
            guard !line.isEmpty else { continue }
            guard let entry = try? decoder.decode(OutboxEntry.self, from: Data(line)) else {
                throw ProviderError(provider: provider, message: LocalizedMessage(
                    en: "\(file):\(lines): not an outbox line", zh: "\(file):\(lines)：不是发件箱记录"
                ))
            }
            record(entry)
        }
        offset = tail.from + end + 1
    }
}

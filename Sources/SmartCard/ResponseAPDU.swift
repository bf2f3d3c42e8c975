/// A card's answer: data, then the status word SW1 SW2.
public struct ResponseAPDU: Sendable, Hashable {
    /// Extended length: 65,536 data bytes and the status word.
    static let maximumLength = 65_538

    public var data: [UInt8]
    public var status: StatusWord

    /// Nil when `bytes` is shorter than a status word.
    public init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count >= 2 else { return nil }
        let all = Array(bytes)
        data = Array(all.dropLast(2))
        status = StatusWord(UInt16(all[all.count - 2]) << 8 | UInt16(all[all.count - 1]))
    }

    public init(data: [UInt8], status: StatusWord) {
        self.data = data
        self.status = status
    }

    public var bytes: [UInt8] { data + [UInt8(status.value >> 8), UInt8(status.value & 0xFF)] }
}

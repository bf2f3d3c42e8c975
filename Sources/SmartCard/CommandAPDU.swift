/// An ISO 7816-4 command: CLA INS P1 P2, optional data, optional expected length. Short form
/// when it fits, extended form otherwise.
public struct CommandAPDU: Sendable, Hashable {
    public let cla: UInt8
    public let ins: UInt8
    public let p1: UInt8
    public let p2: UInt8
    public let data: [UInt8]
    /// Bytes expected back; nil for none, 65,536 at most (extended), 256 at most in short form.
    public let expected: Int?

    /// Nil when the command cannot be encoded: more than 65,535 data bytes, or an expected length
    /// outside 1…65,536. Data from outside (a password, a certificate) can be that long, so this is
    /// an answer to check, not a crash.
    public init?(cla: UInt8 = 0x00, ins: UInt8, p1: UInt8, p2: UInt8, data: [UInt8] = [], expected: Int? = nil) {
        guard data.count <= 65_535, expected.map({ (1...65_536).contains($0) }) ?? true else { return nil }
        self.cla = cla
        self.ins = ins
        self.p1 = p1
        self.p2 = p2
        self.data = data
        self.expected = expected
    }

    /// The encoded command.
    public var bytes: [UInt8] {
        var bytes = [cla, ins, p1, p2]
        let extended = data.count > 255 || (expected ?? 0) > 256
        if !data.isEmpty {
            if extended {
                bytes += [0x00, UInt8(data.count >> 8), UInt8(data.count & 0xFF)]
            } else {
                bytes.append(UInt8(data.count))
            }
            bytes += data
        }
        if let expected {
            // 256 (short) and 65,536 (extended) are written as zero.
            if extended {
                if data.isEmpty { bytes.append(0x00) }
                bytes += [UInt8((expected >> 8) & 0xFF), UInt8(expected & 0xFF)]
            } else {
                bytes.append(UInt8(expected & 0xFF))
            }
        }
        return bytes
    }
}

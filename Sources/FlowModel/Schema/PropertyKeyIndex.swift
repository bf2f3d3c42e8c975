import Foundation

/// The positions of a schema's property keys, looked up by the keys' UTF-8 bytes: a file's keys
/// straight from the YAML tree's buffer, without making a `String` of each or running the
/// standard library's seeded hasher (together a tenth of a lint's own instructions).
struct PropertyKeyIndex: Sendable {
    /// Open addressing with linear probing: a property's position plus one, 0 for an empty slot.
    private let slots: [Int32]
    /// Every key's bytes, back to back; key `i` spans `bounds[i]`.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]
    private let mask: Int

    /// The first of equal keys keeps its position.
    init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        for key in keys {
            bounds.append(bytes.count..<bytes.count + key.utf8.count)
            bytes += key.utf8
        }
        // At most half full: an empty slot always ends a probe, so a lookup cannot loop.
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        assert(size > keys.count)
        var slots = [Int32](repeating: 0, count: size)
        bytes.withUnsafeBufferPointer { buffer in
            for (position, range) in bounds.enumerated() {
                let key = UnsafeBufferPointer(rebasing: buffer[range])
                var slot = Self.hash(key) & (size - 1)
                var taken = false
                while slots[slot] != 0 {
                    taken = taken || Self.equal(UnsafeBufferPointer(rebasing: buffer[bounds[Int(slots[slot]) - 1]]), key)
                    slot = (slot + 1) & (size - 1)
                }
                if !taken { slots[slot] = Int32(position + 1) }
            }
        }
        self.slots = slots
        self.bytes = bytes
        self.bounds = bounds
        mask = size - 1
    }

    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(key) & mask
        return bytes.withUnsafeBufferPointer { buffer in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                if Self.equal(UnsafeBufferPointer(rebasing: buffer[bounds[entry - 1]]), key) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    func position(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { position(of: $0) }
    }

    private static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        lhs.count == rhs.count && (lhs.count == 0 || memcmp(lhs.baseAddress!, rhs.baseAddress!, lhs.count) == 0)
    }

    /// FNV-1a: keys are short and come from the project's own files.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash)
    }
}

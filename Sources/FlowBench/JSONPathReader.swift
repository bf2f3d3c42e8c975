/// Reads a few values out of a JSON document by their paths of object keys, skipping everything
/// else without building it: the load clients need four values of each reply, and they share the
/// cores with the server they measure (a full decode took a few percent of a run's CPU).
struct JSONPathReader {
    enum Value: Equatable {
        case string(String)
        case number(Double)
        case other
    }

    private let bytes: [UInt8]
    private var position = 0
    private var found: [[String]: Value] = [:]

    /// The values at `paths` in `bytes`; nil when the objects on the way to them are malformed or
    /// bytes follow the document. Skipped values are checked only for their brackets and strings,
    /// so this is no validator: the clients read replies of a server that writes JSON. A path that
    /// is not there is absent from the result.
    static func values(at paths: Set<[String]>, in bytes: [UInt8]) -> [[String]: Value]? {
        var reader = JSONPathReader(bytes: bytes)
        guard reader.value(at: [], wanted: paths), reader.skipSpace() == nil else { return nil }
        return reader.found
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the value at the position, which is at `path`; records it when wanted. A value with
    /// nothing wanted in it is skipped unchecked.
    private mutating func value(at path: [String], wanted: Set<[String]>) -> Bool {
        guard let first = skipSpace() else { return false }
        guard wanted.contains(where: { $0.starts(with: path) }) else { return skip() }
        switch first {
        case UInt8(ascii: "{"):
            position += 1
            if skipSpace() == UInt8(ascii: "}") {
                position += 1
                return record(.other, at: path, wanted)
            }
            repeat {
                guard skipSpace() == UInt8(ascii: "\""), let key = string(), skipSpace() == UInt8(ascii: ":") else { return false }
                position += 1
                guard value(at: path + [key], wanted: wanted) else { return false }
            } while separator()
            return closes(UInt8(ascii: "}")) && record(.other, at: path, wanted)
        case UInt8(ascii: "["):
            position += 1
            if skipSpace() == UInt8(ascii: "]") {
                position += 1
                return record(.other, at: path, wanted)
            }
            repeat {
                // Values inside arrays have no key path of their own.
                guard skipSpace() != nil, skip() else { return false }
            } while separator()
            return closes(UInt8(ascii: "]")) && record(.other, at: path, wanted)
        case UInt8(ascii: "\""):
            guard let text = string() else { return false }
            return record(.string(text), at: path, wanted)
        default:
            let start = position
            while position < bytes.count, !Self.ends(bytes[position]) { position += 1 }
            let token = String(decoding: bytes[start..<position], as: UTF8.self)
            if token == "true" || token == "false" || token == "null" { return record(.other, at: path, wanted) }
            guard let number = Double(token) else { return false }
            return record(.number(number), at: path, wanted)
        }
    }

    /// Moves past the value at the position, minding only brackets and strings.
    private mutating func skip() -> Bool {
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                position += 1
                if depth == 0 { return position <= bytes.count }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return true }
                depth -= 1
                position += 1
                if depth == 0 { return true }
            case UInt8(ascii: ","):
                if depth == 0 { return true }
                position += 1
            default:
                position += 1
            }
        }
        return depth == 0
    }

    private mutating func record(_ value: Value, at path: [String], _ wanted: Set<[String]>) -> Bool {
        if wanted.contains(path) { found[path] = value }
        return true
    }

    /// Consumes a `,` and answers true, or answers false before anything else.
    private mutating func separator() -> Bool {
        guard skipSpace() == UInt8(ascii: ",") else { return false }
        position += 1
        return true
    }

    private mutating func closes(_ bracket: UInt8) -> Bool {
        guard skipSpace() == bracket else { return false }
        position += 1
        return true
    }

    /// The byte after any white space, or nil at the end.
    private mutating func skipSpace() -> UInt8? {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position < bytes.count ? bytes[position] : nil
    }

    private static func ends(_ byte: UInt8) -> Bool {
        [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(byte)
    }

    /// The string starting at the position's quote, its escapes resolved.
    private mutating func string() -> String? {
        position += 1
        var scalars: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    scalars.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case 0..<0x20: return nil
            default: scalars.append(byte)
            }
        }
        return nil
    }

    /// The scalar of a `\u` escape and its four hex digits (the `\u` read), joining a surrogate pair.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
        position += 2
        guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard position + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { return nil }
        position += 4
        return value
    }
}

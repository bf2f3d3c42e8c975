/// Resolution straight from a scalar's bytes, so the common case — text that cannot be a number,
/// null or bool — is decided by its first byte without building a string.
extension CoreSchema {
    typealias Resolved = (kind: NodeRecord.ValueKind, payload: Int64)

    static func resolve(
        bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalarStyle, tag: String?
    ) -> Result<Resolved, Failure> {
        if tag == nil || tag == "?" {
            guard style == .plain else { return .success((.string, 0)) }
            guard let first = bytes.first else { return .success((.null, 0)) }
            switch first {
            case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
                 UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                return .success(record(resolvePlain(String(decoding: bytes, as: UTF8.self))))
            default:
                return .success((.string, 0))
            }
        }
        return resolve(text: String(decoding: bytes, as: UTF8.self), style: style, tag: tag).map(record)
    }

    private static func record(_ value: YAMLValue) -> Resolved {
        switch value {
        case .null: (.null, 0)
        case let .bool(flag): (.bool, flag ? 1 : 0)
        case let .int(number): (.int, Int64(number))
        case .bigInt: (.bigInt, 0)
        case let .float(number): (.float, Int64(bitPattern: number.bitPattern))
        case .string: (.string, 0)
        }
    }
}

/// YAML 1.2 core-schema resolution of scalars, with ChannelFlow's one deliberate change:
/// a decimal integer with a leading zero (`0123`) stays a string, because such values are codes.
///
/// `yes`, `no`, `on`, `off` are strings (they are booleans only in YAML 1.1).
enum CoreSchema {
    static let tagPrefix = "tag:yaml.org,2002:"
    static let strTag = tagPrefix + "str"
    static let intTag = tagPrefix + "int"
    static let floatTag = tagPrefix + "float"
    static let boolTag = tagPrefix + "bool"
    static let nullTag = tagPrefix + "null"

    enum Failure: Error {
        case invalid(tag: String)
    }

    /// The value of a scalar given its text, style and tag.
    static func resolve(text: String, style: YAMLScalarStyle, tag: String?) -> Result<YAMLValue, Failure> {
        switch tag {
        case nil, "?":
            return .success(style == .plain ? resolvePlain(text) : .string(text))
        case strTag:
            return .success(.string(text))
        case nullTag:
            return resolveNull(text).map { .success($0) } ?? .failure(.invalid(tag: "!!null"))
        case boolTag:
            return resolveBool(text).map { .success($0) } ?? .failure(.invalid(tag: "!!bool"))
        case intTag:
            return resolveInt(text).map { .success($0) } ?? .failure(.invalid(tag: "!!int"))
        case floatTag:
            if let value = resolveFloat(text) { return .success(value) }
            if case let .int(number)? = resolveInt(text) { return .success(.float(Double(number))) }
            return .failure(.invalid(tag: "!!float"))
        default:
            return .success(.string(text))
        }
    }

    /// Plain scalars: null, bool, int, float, else string.
    static func resolvePlain(_ text: String) -> YAMLValue {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return resolveNull(text) ?? .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return resolveBool(text) ?? .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let number = resolveInt(text) {
                return hasLeadingZero(text) ? .string(text) : number
            }
            return resolveFloat(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    static func resolveNull(_ text: String) -> YAMLValue? {
        switch text {
        case "", "~", "null", "Null", "NULL": .null
        default: nil
        }
    }

    static func resolveBool(_ text: String) -> YAMLValue? {
        switch text {
        case "true", "True", "TRUE": .bool(true)
        case "false", "False", "FALSE": .bool(false)
        default: nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func resolveInt(_ text: String) -> YAMLValue? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let radix: Int? = switch bytes[1] {
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "x"): 16
            default: nil
            }
            if let radix {
                let digits = String(decoding: bytes[2...], as: UTF8.self)
                guard digits.utf8.allSatisfy({ isDigit($0, radix: radix) }) else { return nil }
                return Int(digits, radix: radix).map { .int($0) } ?? .bigInt(bigDecimal(digits, radix: radix))
            }
        }
        var digits = bytes[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ isDigit($0, radix: 10) }) else { return nil }
        if let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(value) }
        let trimmed = String(decoding: digits.drop { $0 == UInt8(ascii: "0") }, as: UTF8.self)
        return .bigInt((negative ? "-" : "") + trimmed)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `\.nan` (three casings each).
    static func resolveFloat(_ text: String) -> YAMLValue? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        guard matchesFloatSyntax(Array(text.utf8)) else { return nil }
        return Double(text).map { .float($0) }
    }

    private static func matchesFloatSyntax(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index], radix: 10) { index += 1 }
        let integerDigits = index - integerStart
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index], radix: 10) { index += 1 }
            fractionDigits = index - fractionStart
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index], radix: 10) { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == bytes.count
    }

    /// `0123`, `-007`: decimal integers whose first digit is a zero followed by more digits.
    private static func hasLeadingZero(_ text: String) -> Bool {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        return digits.count > 1 && digits.first == UInt8(ascii: "0") && digits.dropFirst().first.map { isDigit($0, radix: 10) } == true
    }

    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "7"): true
        case UInt8(ascii: "8"), UInt8(ascii: "9"): radix >= 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): radix == 16
        default: false
        }
    }

    /// Converts a long octal or hexadecimal digit string to decimal digits without overflow.
    private static func bigDecimal(_ digits: String, radix: Int) -> String {
        var decimal: [Int] = [0]
        for byte in digits.utf8 {
            var carry = Int(String(UnicodeScalar(byte)), radix: radix) ?? 0
            for index in decimal.indices {
                let value = decimal[index] * radix + carry
                decimal[index] = value % 10
                carry = value / 10
            }
            while carry > 0 {
                decimal.append(carry % 10)
                carry /= 10
            }
        }
        while decimal.count > 1, decimal.last == 0 { decimal.removeLast() }
        return decimal.reversed().map(String.init).joined()
    }
}

public import FlowDiagnostics
public import FlowYAML

/// Inputs built to break a YAML loader: resource bombs, broken encodings, constructs ChannelFlow
/// refuses, and large files it must still accept. Each one has a fixed expected outcome under the
/// default `YAMLLimits`, so tests can hold the loader and `channelflow yaml` to it and the benchmark
/// can time it.
///
/// The bytes are generated, identically on every run; the small inputs are also checked in under
/// `Tests/EndToEndTests/Fixtures/hostile/` so a person can look at them.
public enum HostileInputs: String, CaseIterable, Sendable, CustomStringConvertible {
    case billionLaughs = "billion-laughs"
    case deepFlowNesting = "deep-flow-nesting"
    case deepBlockNesting = "deep-block-nesting"
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case tabIndentation = "tab-indentation"
    case emptyFile = "empty-file"
    case binaryJunk = "binary-junk"
    case utf16 = "utf16"
    case hugeScalar = "scalar-64mib"
    case unclosedQuote = "unclosed-quote"
    case multiDocument = "multi-document"
    case complexKey = "complex-key"
    case undefinedAlias = "undefined-alias"
    case wideMapping = "wide-mapping"
    case wideMappingDuplicate = "wide-mapping-duplicate"
    case mergeKey = "merge-key"
    case bomChinese = "bom-chinese"
    case largeScalar = "scalar-6mib"
    case tooManyDocuments = "too-many-documents"

    /// What loading the input must give.
    public enum Expectation: Sendable, Equatable {
        /// The input loads; the stream holds `documents` documents (one JSON line each).
        case valid(documents: Int)
        /// The input is rejected with `kind`, reported at `location` (nil where no fixed position
        /// is promised).
        case error(YAMLError.Kind, at: SourceLocation?)

        /// The exit status `channelflow yaml` must end with: 0 for valid input, 1 for an error.
        public var exitStatus: Int32 {
            switch self {
            case .valid: 0
            case .error: 1
            }
        }
    }

    /// The kebab-case name; also the fixture's file stem.
    public var name: String { rawValue }

    public var description: String { rawValue }

    /// The name of the input as a file: `name.yaml`.
    public var fileName: String { rawValue + ".yaml" }

    /// One sentence on what the input is and why it is hostile.
    public var summary: String {
        switch self {
        case .billionLaughs:
            "nine levels of nine aliases each (\"billion laughs\"): 10⁹ nodes if expanded, refused by the alias budget"
        case .deepFlowNesting:
            "200,000 nested flow sequences ([[[…]]]) on one line, refused at the depth limit without recursion"
        case .deepBlockNesting:
            "5,000 nested block sequences (- - - … x), refused at the depth limit"
        case .invalidUTF8:
            "a value saved in GBK instead of UTF-8, as Windows editors in China do"
        case .nulByte:
            "a NUL byte inside a plain scalar"
        case .tabIndentation:
            "a mapping indented with a tab, which YAML forbids"
        case .emptyFile:
            "zero bytes: a stream with no documents (libyaml aborts if handed a NULL buffer)"
        case .binaryJunk:
            "1 KiB of seeded random bytes, as when a binary file is passed by mistake"
        case .utf16:
            "UTF-16 text with a byte-order mark, as saved by some Windows editors"
        case .hugeScalar:
            "a 64 MiB plain scalar, refused by size before any parsing"
        case .unclosedQuote:
            "a double-quoted scalar that is never closed"
        case .multiDocument:
            "three documents in one stream, with ---, ... and a flow document"
        case .complexKey:
            "a sequence used as a mapping key (? [a, b])"
        case .undefinedAlias:
            "an alias to an anchor that does not exist"
        case .wideMapping:
            "one mapping of 200,000 keys (3.5 MB), which must load in linear time"
        case .wideMappingDuplicate:
            "the 200,000-key mapping with its first key repeated at the end"
        case .mergeKey:
            "a YAML 1.1 merge key (<<: *base), which ChannelFlow refuses"
        case .bomChinese:
            "a UTF-8 byte-order mark followed by Chinese keys, values and a literal block"
        case .largeScalar:
            "a 6 MiB plain scalar, under the 8 MiB size limit"
        case .tooManyDocuments:
            "1,001 tiny documents, one more than the document limit"
        }
    }

    /// The outcome under `YAMLLimits.default`.
    public var expected: Expectation {
        switch self {
        case .billionLaughs: .error(.limit, at: SourceLocation(line: 6, column: 8))
        case .deepFlowNesting: .error(.limit, at: SourceLocation(line: 1, column: 257))
        case .deepBlockNesting: .error(.limit, at: SourceLocation(line: 1, column: 513))
        case .invalidUTF8: .error(.encoding, at: SourceLocation(line: 2, column: 8))
        case .nulByte: .error(.encoding, at: SourceLocation(line: 2, column: 10))
        case .tabIndentation: .error(.syntax, at: SourceLocation(line: 3, column: 1))
        case .emptyFile: .valid(documents: 0)
        case .binaryJunk: .error(.encoding, at: SourceLocation(line: 1, column: 2))
        case .utf16: .error(.encoding, at: SourceLocation(line: 1, column: 1))
        case .hugeScalar: .error(.limit, at: SourceLocation(line: 1, column: 1))
        case .unclosedQuote: .error(.syntax, at: SourceLocation(line: 4, column: 1))
        case .multiDocument: .valid(documents: 3)
        case .complexKey: .error(.complexKey, at: SourceLocation(line: 2, column: 3))
        case .undefinedAlias: .error(.undefinedAlias, at: SourceLocation(line: 3, column: 9))
        case .wideMapping: .valid(documents: 1)
        case .wideMappingDuplicate: .error(.duplicateKey, at: SourceLocation(line: Self.wideMappingKeys + 1, column: 1))
        case .mergeKey: .error(.mergeKey, at: SourceLocation(line: 4, column: 3))
        case .bomChinese: .valid(documents: 1)
        case .largeScalar: .valid(documents: 1)
        case .tooManyDocuments: .error(.limit, at: SourceLocation(line: 1_001, column: 1))
        }
    }

    /// True for the inputs small enough to be checked in as fixture files; the others
    /// (hundreds of kilobytes to 64 MiB) are only ever generated.
    public var isCheckedIn: Bool {
        switch self {
        case .deepFlowNesting, .deepBlockNesting, .hugeScalar, .wideMapping, .wideMappingDuplicate, .largeScalar:
            false
        default:
            true
        }
    }

    /// The inputs that are checked in as fixture files.
    public static var checkedIn: [HostileInputs] { allCases.filter(\.isCheckedIn) }

    /// The input's bytes, generated afresh on each call (up to 64 MiB: keep the result only as
    /// long as needed).
    public var bytes: [UInt8] {
        switch self {
        case .billionLaughs: Self.billionLaughs()
        case .deepFlowNesting: Self.nestedFlowSequences(depth: 200_000)
        case .deepBlockNesting: Self.nestedBlockSequences(depth: 5_000)
        case .invalidUTF8:
            // "中文" in GBK: D6 D0 CE C4. 0xD6 opens a two-byte UTF-8 sequence that 0xD0 cannot continue.
            Self.utf8("# 机构证书申请\n") + Self.utf8("name: ") + [0xD6, 0xD0, 0xCE, 0xC4] + Self.utf8("\n")
        case .nulByte:
            Self.utf8("id: org-cert-apply\nlabel: 单位\u{0}名称\n")
        case .tabIndentation:
            Self.utf8("flow:\n  id: org-cert-apply\n\tname: 机构证书申请\n")
        case .emptyFile:
            []
        case .binaryJunk:
            Self.randomBytes(count: 1_024, seed: 2026)
        case .utf16:
            [0xFF, 0xFE] + "name: 机构证书申请\n".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
        case .hugeScalar:
            Self.plainScalar(key: "value", count: 64 * 1_024 * 1_024)
        case .unclosedQuote:
            Self.utf8("id: org-cert-apply\nname: \"机构证书申请\nsteps: []\n")
        case .multiDocument:
            Self.utf8("# three documents\n---\nid: first\n---\nid: second\nname: 第二\n...\n--- [3, \"三\"]\n")
        case .complexKey:
            Self.utf8("id: org-cert-apply\n? [a, b]\n: value\n")
        case .undefinedAlias:
            Self.utf8("base: &base {region: '310000'}\nfirst: *base\nsecond: *bsae\n")
        case .wideMapping:
            Self.wideMapping(keys: Self.wideMappingKeys, duplicateFirst: false)
        case .wideMappingDuplicate:
            Self.wideMapping(keys: Self.wideMappingKeys, duplicateFirst: true)
        case .mergeKey:
            Self.utf8("base: &base {region: '310000', price: 300}\nchannel:\n  id: ch001\n  <<: *base\n")
        case .bomChinese:
            [0xEF, 0xBB, 0xBF] + Self.utf8("""
            # 机构数字证书申请
            名称: 机构数字证书（UKey）申请
            渠道: {编号: ch001, 名称: 上海政务服务网}
            说明: |
              面向企业、事业单位等机构的线上办理流程。
              每一步完成后保存进度。

            """)
        case .largeScalar:
            Self.plainScalar(key: "data", count: 6 * 1_024 * 1_024)
        case .tooManyDocuments:
            Array(repeating: Self.utf8("--- 1\n"), count: 1_001).flatMap { $0 }
        }
    }

    /// Keys of the wide mapping.
    public static let wideMappingKeys = 200_000

    // MARK: - Generators, public so benchmarks can scale them

    private static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// `a: &a ["lol", … ×9]`, then `b: &b [*a, … ×9]` and so on to `i`.
    private static func billionLaughs() -> [UInt8] {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return utf8(lines.joined(separator: "\n") + "\n")
    }

    /// `[[[…]]]`: `depth` nested flow sequences on one line, the innermost one empty.
    public static func nestedFlowSequences(depth: Int) -> [UInt8] {
        [UInt8](repeating: UInt8(ascii: "["), count: depth)
            + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
            + [UInt8(ascii: "\n")]
    }

    /// `- - - … - x`: `depth` compact block sequences, each one level deeper, around the scalar `x`.
    public static func nestedBlockSequences(depth: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2 * depth + 2)
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(UInt8(ascii: " "))
        }
        bytes.append(contentsOf: utf8("x\n"))
        return bytes
    }

    private static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            let word = random.next()
            for shift in stride(from: 0, to: 64, by: 8) where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return bytes
    }

    /// `key: ` then `count` letters and digits as one plain scalar, then a line break.
    public static func plainScalar(key: String, count: Int) -> [UInt8] {
        let alphabet = utf8("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var payload = Array(alphabet.prefix(count))
        payload.reserveCapacity(count)
        while payload.count < count {
            payload += payload.prefix(count - payload.count)
        }
        return utf8(key + ": ") + payload + [UInt8(ascii: "\n")]
    }

    /// `key000000: 0` … one line per key (at most 1,000,000 keys); with `duplicateFirst`,
    /// `key000000: again` at the end.
    public static func wideMapping(keys: Int, duplicateFirst: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(keys * 18 + 20)
        // The index as six decimal digits, counted up in place so no line allocates.
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 6)
        for _ in 0..<keys {
            bytes.append(contentsOf: [UInt8(ascii: "k"), UInt8(ascii: "e"), UInt8(ascii: "y")])
            bytes.append(contentsOf: digits)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
            let firstSignificant = digits.firstIndex { $0 != UInt8(ascii: "0") } ?? digits.count - 1
            bytes.append(contentsOf: digits[firstSignificant...])
            bytes.append(UInt8(ascii: "\n"))
            var position = digits.count - 1
            while position >= 0 {
                if digits[position] == UInt8(ascii: "9") {
                    digits[position] = UInt8(ascii: "0")
                    position -= 1
                } else {
                    digits[position] += 1
                    break
                }
            }
        }
        if duplicateFirst {
            bytes.append(contentsOf: utf8("key000000: again\n"))
        }
        return bytes
    }
}

import FlowBench
import FlowDiagnostics
import FlowYAML
import Foundation
import Testing

/// The hostile inputs of `HostileInputs` through `YAMLLoader` in process: the outcome and
/// position of each, and the full text of every kind of error they produce, verbatim.
///
/// Each load runs on its own thread with a 1 MiB stack, as a worker thread would give it, under a
/// 30 s watchdog: a hang fails the test instead of stalling the run, and any recursion as deep as
/// the input would overflow the stack.
@Suite("Hostile inputs through YAMLLoader")
struct HostileLoaderTests {
    @Test("loads or fails as expected, in time", arguments: HostileInputs.allCases)
    func outcome(_ input: HostileInputs) throws {
        let source = SourceFile(path: input.fileName, bytes: input.bytes)
        let load = try #require(Self.loadUnderWatchdog(source), "\(input.name): no result within \(Self.watchdogSeconds) s")
        switch (input.expected, load.result) {
        case let (.valid(documents), .success(nodes)):
            #expect(nodes.count == documents)
            try expectContent(input, nodes)
        case let (.error(kind, location), .failure(error)):
            #expect(error.kind == kind)
            #expect(error.path == input.fileName)
            #expect(error.location.line >= 1 && error.location.column >= 1)
            if let location { #expect(error.location == location) }
        case let (.valid, .failure(error)):
            Issue.record("\(input.name) should load, got \(error.kind.rawValue) at \(error.location): \(error.message.en)")
        case let (.error(kind, _), .success(nodes)):
            Issue.record("\(input.name) should fail with \(kind.rawValue), loaded \(nodes.count) documents")
        }
        if input == .hugeScalar {
            // Refused on its size alone: parsing 64 MiB would take far longer.
            #expect(load.seconds < 0.25, "took \(load.seconds) s")
        }
    }

    @Test("error text, verbatim", arguments: Array(texts.keys).sorted { $0.rawValue < $1.rawValue })
    func errorText(_ input: HostileInputs) throws {
        let source = SourceFile(path: input.fileName, bytes: input.bytes)
        let load = try #require(Self.loadUnderWatchdog(source))
        guard case let .failure(error) = load.result else {
            Issue.record("\(input.name) loaded")
            return
        }
        for (language, expected) in Self.texts[input] ?? [:] {
            #expect(DiagnosticRenderer(language: language).text(error.diagnostic, source: source) == expected, "\(language)")
        }
    }

    /// Every error kind the hostile inputs produce, rendered as the command line prints it.
    static let texts: [HostileInputs: [Language: String]] = [
        .billionLaughs: [
            .en: """
            billion-laughs.yaml:6:8: error: aliases expand to more than 100000 nodes (is this a "billion laughs" file?) [yaml-limit]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                   ^
            """,
            .zh: """
            billion-laughs.yaml:6:8: 错误: 别名展开后的节点数超过上限 100000（是否为“十亿笑声”攻击文件？） [yaml-limit]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                   ^
            """,
        ],
        .tooManyDocuments: [
            .en: """
            too-many-documents.yaml:1001:1: error: the stream has more than 1000 documents [yaml-limit]
            --- 1
            ^
            """,
        ],
        .tabIndentation: [
            .en: """
            tab-indentation.yaml:3:1: error: found a tab character that violates indentation while scanning a plain scalar [yaml-syntax]
            \tname: 机构证书申请
            ^
            tab-indentation.yaml:2:7: note: the construct started here
            """,
            .zh: """
            tab-indentation.yaml:3:1: 错误: 扫描普通标量时制表符破坏了缩进 [yaml-syntax]
            \tname: 机构证书申请
            ^
            tab-indentation.yaml:2:7: 提示: 该结构从此处开始
            """,
        ],
        .unclosedQuote: [
            .en: """
            unclosed-quote.yaml:4:1: error: found unexpected end of stream while scanning a quoted scalar [yaml-syntax]

            ^
            unclosed-quote.yaml:2:7: note: the construct started here
            """,
        ],
        .nulByte: [
            .en: """
            nul-byte.yaml:2:10: error: control characters are not allowed [yaml-encoding]
            label: 单位\u{FFFD}名称
                       ^
            """,
            .zh: """
            nul-byte.yaml:2:10: 错误: 不允许出现控制字符 [yaml-encoding]
            label: 单位\u{FFFD}名称
                       ^
            """,
        ],
        .invalidUTF8: [
            .en: """
            invalid-utf8.yaml:2:8: error: invalid trailing UTF-8 octet [yaml-encoding]
            name: \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}
                   ^
            """,
        ],
        .complexKey: [
            .en: """
            complex-key.yaml:2:3: error: mapping keys must be scalars, not sequences or mappings [yaml-complex-key]
            ? [a, b]
              ^
            """,
        ],
        .undefinedAlias: [
            .en: """
            undefined-alias.yaml:3:9: error: alias "*bsae" refers to no anchor "&bsae" defined before it [yaml-undefined-alias]
            second: *bsae
                    ^
            """,
        ],
        .mergeKey: [
            .en: """
            merge-key.yaml:4:3: error: merge keys ("<<") are not supported: write the keys out in this mapping [yaml-merge-key]
              <<: *base
              ^
            """,
            .zh: """
            merge-key.yaml:4:3: 错误: 不支持合并键（"<<"）：请在此映射中逐项写出各个键 [yaml-merge-key]
              <<: *base
              ^
            """,
        ],
        .wideMappingDuplicate: [
            .en: """
            wide-mapping-duplicate.yaml:200001:1: error: duplicate key "key000000" (first defined at 1:1) [yaml-duplicate-key]
            key000000: again
            ^
            wide-mapping-duplicate.yaml:1:1: note: "key000000" first defined here
            """,
            .zh: """
            wide-mapping-duplicate.yaml:200001:1: 错误: 重复的键 "key000000"（首次定义于 1:1） [yaml-duplicate-key]
            key000000: again
            ^
            wide-mapping-duplicate.yaml:1:1: 提示: "key000000" 首次定义于此
            """,
        ],
    ]

    @Test("depth errors show the long line with the caret under the 257th level")
    func depthErrorText() throws {
        for (input, line, column) in [
            (HostileInputs.deepFlowNesting, String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000), 257),
            (HostileInputs.deepBlockNesting, String(repeating: "- ", count: 5_000) + "x", 513),
        ] {
            let source = SourceFile(path: input.fileName, bytes: input.bytes)
            let load = try #require(Self.loadUnderWatchdog(source))
            guard case let .failure(error) = load.result else {
                Issue.record("\(input.name) loaded")
                continue
            }
            let headline = "\(input.fileName):1:\(column): error: nesting is deeper than the limit of 256 levels [yaml-limit]"
            let expected = [headline, line, String(repeating: " ", count: column - 1) + "^"].joined(separator: "\n")
            #expect(DiagnosticRenderer(language: .en).text(error.diagnostic, source: source) == expected, "\(input.name)")
        }
    }

    @Test("the size error needs no source line; the command line prints it without one")
    func sizeErrorText() throws {
        let input = HostileInputs.hugeScalar
        let bytes = input.bytes
        do {
            _ = try YAMLLoader().load(bytes: bytes, path: input.fileName)
            Issue.record("64 MiB loaded")
        } catch {
            #expect(DiagnosticRenderer(language: .en).text(error.diagnostic, source: nil) == """
            scalar-64mib.yaml:1:1: error: the input is larger than the limit of 8388608 bytes (67108872 bytes seen) [yaml-limit]
            """)
            #expect(DiagnosticRenderer(language: .zh).text(error.diagnostic, source: nil) == """
            scalar-64mib.yaml:1:1: 错误: 输入超过大小上限 8388608 字节（已读到 67108872 字节） [yaml-limit]
            """)
        }
    }

    @Test("binary junk is reported on one printable line: no control characters reach the terminal")
    func binaryJunkText() throws {
        let input = HostileInputs.binaryJunk
        let source = SourceFile(path: input.fileName, bytes: input.bytes)
        let load = try #require(Self.loadUnderWatchdog(source))
        guard case let .failure(error) = load.result else {
            Issue.record("binary junk loaded")
            return
        }
        let text = DiagnosticRenderer(language: .en).text(error.diagnostic, source: source)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "binary-junk.yaml:1:2: error: invalid leading UTF-8 octet [yaml-encoding]")
        #expect(lines.count == 3)
        #expect(lines.last == " ^")
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F })
    }

    @Test("200,000 levels of block nesting load without recursion when the depth limit allows them")
    func deepNestingWithinRaisedLimit() throws {
        let depth = 200_000
        let source = SourceFile(path: "deep.yaml", bytes: HostileInputs.nestedBlockSequences(depth: depth))
        let load = try #require(Self.loadUnderWatchdog(source, limits: YAMLLimits(maxDepth: depth + 1)))
        let documents = try load.result.get()
        try #require(documents.count == 1)
        var node = documents[0]
        var levels = 0
        while let items = node.sequence {
            try #require(items.count == 1)
            node = items[0]
            levels += 1
        }
        #expect(levels == depth)
        #expect(node.string == "x")
    }

    // MARK: - Helpers

    /// Checks what the valid inputs hold, beyond their document count.
    private func expectContent(_ input: HostileInputs, _ nodes: [YAMLNode]) throws {
        let lines = nodes.map { JSONWriter().string($0.json) }
        switch input {
        case .multiDocument:
            #expect(lines == [#"{"id":"first"}"#, #"{"id":"second","name":"第二"}"#, #"[3,"三"]"#])
        case .bomChinese:
            #expect(lines == [
                #"{"名称":"机构数字证书（UKey）申请","渠道":{"编号":"ch001","名称":"上海政务服务网"},"#
                    + #""说明":"面向企业、事业单位等机构的线上办理流程。\n每一步完成后保存进度。\n"}"#,
            ])
            #expect(nodes.first?.start == SourceLocation(line: 2, column: 1))
        case .wideMapping:
            let pairs = try #require(nodes.first?.mapping)
            #expect(pairs.count == HostileInputs.wideMappingKeys)
            #expect(pairs.first?.key.string == "key000000")
            #expect(pairs.last?.key.string == "key199999")
            #expect(pairs.last?.value.scalar?.value == .int(199_999))
            #expect(pairs.last?.key.start == SourceLocation(line: 200_000, column: 1))
        case .largeScalar:
            #expect(nodes.first?["data"]?.string?.utf8.count == 6 * 1_024 * 1_024)
        default:
            break
        }
    }

    static let watchdogSeconds = 30.0

    struct Load: Sendable {
        var result: Result<[YAMLNode], YAMLError>
        var seconds: Double
    }

    /// Loads `source` on a fresh 1 MiB-stack thread; nil when it has not finished after the
    /// watchdog's 30 s (the thread is then abandoned to finish on its own).
    static func loadUnderWatchdog(_ source: SourceFile, limits: YAMLLimits = .default) -> Load? {
        let box = LoadBox()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let clock = ContinuousClock()
            let start = clock.now
            let result: Result<[YAMLNode], YAMLError>
            do throws(YAMLError) {
                result = .success(try YAMLLoader(limits: limits).load(source))
            } catch {
                result = .failure(error)
            }
            let elapsed = clock.now - start
            box.store(Load(
                result: result,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            ))
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        guard finished.wait(timeout: .now() + watchdogSeconds) == .success else { return nil }
        return box.load
    }

    /// Hands a load's result from the loading thread to the waiting one.
    private final class LoadBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Load?

        func store(_ load: Load) {
            lock.withLock { stored = load }
        }

        var load: Load? {
            lock.withLock { stored }
        }
    }
}

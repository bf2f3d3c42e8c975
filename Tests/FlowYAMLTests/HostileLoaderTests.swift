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
    @Test("loads or fails as expected, in time, with the exact text", arguments: HostileInputs.allCases)
    func outcome(_ input: HostileInputs) async throws {
        let source = SourceFile(path: input.fileName, bytes: input.bytes)
        let load = try #require(await Self.loadUnderWatchdog(source), "\(input.name): no result within \(Self.watchdogSeconds) s")
        switch (input.expected, load.result) {
        case let (.valid(documents), .success(nodes)):
            #expect(nodes.count == documents)
            try expectContent(input, nodes)
        case let (.error(kind, location), .failure(error)):
            #expect(error.kind == kind)
            #expect(error.path == input.fileName)
            #expect(error.location.line >= 1 && error.location.column >= 1)
            if let location { #expect(error.location == location) }
            expectText(input, error, source: source)
        case let (.valid, .failure(error)):
            Issue.record("\(input.name) should load, got \(error.kind.rawValue) at \(error.location): \(error.message.en)")
        case let (.error(kind, _), .success(nodes)):
            Issue.record("\(input.name) should fail with \(kind.rawValue), loaded \(nodes.count) documents")
        }
        if input == .hugeScalar {
            // Refused on its size alone: parsing 64 MiB would take far longer. CPU time of the
            // loading thread, so a busy machine cannot make this fail.
            #expect(load.cpuSeconds < 0.25, "took \(load.cpuSeconds) s of CPU")
        }
    }

    @Test("every error kind the hostile inputs produce has its exact text checked, two in Chinese too")
    func textsCoverEveryKind() {
        func kind(_ input: HostileInputs) -> YAMLError.Kind? {
            if case let .error(kind, _) = input.expected { return kind }
            return nil
        }
        let produced = Set(HostileInputs.allCases.compactMap(kind))
        let written = Set(Self.texts.keys.compactMap(kind))
        #expect(produced.subtracting(written).map(\.rawValue).sorted() == [])
        #expect(Self.texts.values.filter { $0[.zh] != nil }.count >= 2)
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

    @Test("200,000 levels of block nesting load without recursion when the depth limit allows them")
    func deepNestingWithinRaisedLimit() async throws {
        let depth = 200_000
        let source = SourceFile(path: "deep.yaml", bytes: HostileInputs.nestedBlockSequences(depth: depth))
        let load = try #require(await Self.loadUnderWatchdog(source, limits: YAMLLimits(maxDepth: depth + 1)))
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

    /// The rendered text of `error`: from `texts`, or built for the inputs whose source line is
    /// too long or too binary to write out.
    private func expectText(_ input: HostileInputs, _ error: YAMLError, source: SourceFile) {
        let english = DiagnosticRenderer(language: .en)
        switch input {
        case .deepFlowNesting, .deepBlockNesting:
            // The line is cut to 160 characters around the column, with the caret under the 257th level.
            let column = input == .deepFlowNesting ? 257 : 513
            let start = column - 1 - 80
            let window = input == .deepFlowNesting
                ? String(repeating: "[", count: 160)
                : String(String(repeating: "- ", count: 5_000).dropFirst(start).prefix(160))
            let headline = "\(input.fileName):1:\(column): error: nesting is deeper than the limit of 256 levels [yaml-limit]"
            #expect(english.text(error.diagnostic, source: source) == [headline, "…" + window + "…", String(repeating: " ", count: 81) + "^"].joined(separator: "\n"))
        case .hugeScalar:
            // No source line: the command line never reads past the limit, so it has none to show.
            #expect(english.text(error.diagnostic, source: nil) == """
            scalar-64mib.yaml:1:1: error: the input is larger than the limit of 8388608 bytes (67108872 bytes seen) [yaml-limit]
            """)
            #expect(DiagnosticRenderer(language: .zh).text(error.diagnostic, source: nil) == """
            scalar-64mib.yaml:1:1: 错误: 输入超过大小上限 8388608 字节（已读到 67108872 字节） [yaml-limit]
            """)
        case .binaryJunk, .utf16:
            // One line of junk under the headline, and no control character reaches the terminal.
            let text = english.text(error.diagnostic, source: source)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == (input == .binaryJunk
                ? "binary-junk.yaml:1:2: error: invalid leading UTF-8 octet [yaml-encoding]"
                : "utf16.yaml:1:1: error: the file starts with a UTF-16 byte-order mark: save it as UTF-8 [yaml-encoding]"))
            #expect(lines.count == 3)
            #expect(lines.last == (input == .binaryJunk ? " ^" : "^"))
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F })
        default:
            let expected = Self.texts[input] ?? [:]
            #expect(!expected.isEmpty, "no exact text for \(input.name) in HostileLoaderTests.texts")
            for (language, text) in expected {
                #expect(DiagnosticRenderer(language: language).text(error.diagnostic, source: source) == text, "\(language)")
            }
        }
    }

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
        /// CPU time the loading thread used.
        var cpuSeconds: Double
    }

    /// Loads `source` on a fresh 1 MiB-stack thread; nil when it has not finished 30 s after it
    /// started (the thread is then abandoned to finish on its own). At most one load per
    /// processor runs at a time and the watchdog starts with the load, so a busy run queues loads
    /// rather than timing them out; the caller suspends rather than blocks while it waits.
    static func loadUnderWatchdog(_ source: SourceFile, limits: YAMLLimits = .default) async -> Load? {
        let handoff = Handoff()
        return await withCheckedContinuation { continuation in
            handoff.install(continuation)
            let thread = Thread {
                loadSlots.wait()
                defer { loadSlots.signal() }
                handoff.startWatchdog(seconds: watchdogSeconds)
                let start = threadCPUSeconds()
                let result: Result<[YAMLNode], YAMLError>
                do throws(YAMLError) {
                    result = .success(try YAMLLoader(limits: limits).load(source))
                } catch {
                    result = .failure(error)
                }
                handoff.finish(Load(result: result, cpuSeconds: threadCPUSeconds() - start))
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private static let loadSlots = DispatchSemaphore(value: max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// CPU time used so far by the calling thread.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Hands the first of a load's result and the watchdog's nil to the waiting test.
    private final class Handoff: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Load?, Never>?
        private var outcome: Load??

        func install(_ waiting: CheckedContinuation<Load?, Never>) {
            let ready: Load?? = lock.withLock {
                if outcome == nil { continuation = waiting }
                return outcome
            }
            if let ready { waiting.resume(returning: ready) }
        }

        private var watchdog: Task<Void, Never>?

        /// Finishes with nil unless the load finishes within `seconds`.
        func startWatchdog(seconds: Double) {
            let timer = Task { [self] in
                try? await Task.sleep(for: .seconds(seconds))
                if !Task.isCancelled { finish(nil) }
            }
            lock.withLock { watchdog = timer }
        }

        func finish(_ load: Load?) {
            let (waiting, timer): (CheckedContinuation<Load?, Never>?, Task<Void, Never>?) = lock.withLock {
                guard outcome == nil else { return (nil, nil) }
                outcome = .some(load)
                defer { continuation = nil }
                return (continuation, watchdog)
            }
            timer?.cancel()
            waiting?.resume(returning: load)
        }
    }
}

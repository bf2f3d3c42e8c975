import FlowBench
import FlowDiagnostics
import FlowYAML
import Foundation
import Testing

/// Every hostile input through the built `channelflow yaml`, each under a watchdog: it must end
/// with exit 0 or 1 as expected, errors must be positioned, and no input may kill the process.
///
/// The small inputs run from the checked-in fixture folder and their output is compared with the
/// `.out` (standard output) or `.err` (standard error) file next to them; the large ones are
/// generated into a temporary directory. Set `CHANNELFLOW_UPDATE_FIXTURES=1` to rewrite the
/// fixture files from the generator and the current output (then review the diff).
@Suite("Hostile inputs through channelflow yaml")
struct HostileInputTests {
    static let watchdog = Duration.seconds(30)

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")
        .path

    static let updatingFixtures = ProcessInfo.processInfo.environment["CHANNELFLOW_UPDATE_FIXTURES"] == "1"

    static let errorInputs = HostileInputs.allCases.filter { $0.expected.exitStatus != 0 }

    @Test("ends in time with the expected status and position", arguments: HostileInputs.allCases)
    func endsWithExpectedOutcome(_ input: HostileInputs) async throws {
        let run = try await Self.run(input, options: [])
        print("hostile input \(input.name) (\(input.isCheckedIn ? "fixture" : "generated")): \(run.summary)")
        try #require(!run.timedOut, "\(input.name): \(run.termination)")
        try #require(run.signal == nil, "\(input.name): \(run.termination)\n\(run.stderrText.prefix(2_000))")
        #expect(run.exitStatus == input.expected.exitStatus, "\(input.name): \(run.termination)\n\(run.stderrText.prefix(2_000))")

        switch input.expected {
        case let .valid(documents):
            #expect(run.stderr.isEmpty, "\(run.stderrText.prefix(2_000))")
            #expect(run.stdout.count { $0 == UInt8(ascii: "\n") } == documents)
        case let .error(kind, location):
            #expect(run.stdout.isEmpty)
            let headline = try #require(run.stderrLines.first.flatMap { Self.headline(String($0)) }, "\(run.stderrText.prefix(2_000))")
            #expect(headline.path == input.fileName)
            #expect(headline.line >= 1 && headline.column >= 1)
            #expect(headline.id == kind.rawValue)
            if let location {
                #expect(SourceLocation(line: headline.line, column: headline.column) == location)
            }
        }

        if input.isCheckedIn {
            try expectFixtureOutput(input, run: run)
        }
        switch input {
        case .largeScalar:
            // {"data":"…6 MiB…"} and a line break.
            #expect(run.stdout.count == 6 * 1_024 * 1_024 + 12)
            #expect(run.stdout.starts(with: Array(#"{"data":"ABCDEFGHIJ"#.utf8)))
        case .wideMapping:
            #expect(run.stdout.starts(with: Array(#"{"key000000":0,"key000001":1,"#.utf8)))
            let tail = Array(#","key199999":199999}"#.utf8) + [UInt8(ascii: "\n")]
            #expect(run.stdout.suffix(tail.count).elementsEqual(tail))
        case .hugeScalar:
            #expect(run.stderrText == "scalar-64mib.yaml:1:1: error: the input is larger than the limit of 8388608 bytes "
                + "(67108872 bytes seen) [yaml-limit]\n")
        default:
            break
        }
    }

    @Test("JSON diagnostics carry the id and the position", arguments: errorInputs)
    func jsonDiagnostics(_ input: HostileInputs) async throws {
        let run = try await Self.run(input, options: ["--diagnostic-format", "json"])
        try #require(!run.timedOut && run.signal == nil, "\(input.name): \(run.termination)")
        #expect(run.exitStatus == 1)
        let firstLine = try #require(run.stderrLines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any])
        guard case let .error(kind, location) = input.expected else { return }
        #expect(object["id"] as? String == kind.rawValue)
        #expect(object["path"] as? String == input.fileName)
        #expect(object["severity"] as? String == "error")
        if let location {
            #expect(object["line"] as? Int == location.line)
            #expect(object["column"] as? Int == location.column)
        }
        let message = object["message"] as? [String: Any]
        #expect((message?["en"] as? String)?.isEmpty == false)
        #expect((message?["zh"] as? String)?.isEmpty == false)
    }

    @Test("64 MiB on standard input is refused after reading just past the limit")
    func oversizedStandardInput() async throws {
        let binary = try ChannelFlowBinary.located()
        let run = try await binary.run(
            ["yaml", "--lang", "en", "-"], stdin: .stream(HostileInputs.hugeScalar.bytes), timeout: Self.watchdog
        )
        try #require(!run.timedOut && run.signal == nil, "\(run.termination)")
        #expect(run.exitStatus == 1)
        let headline = try #require(run.stderrLines.first.flatMap { Self.headline(String($0)) }, "\(run.stderrText)")
        #expect(headline.path == "<stdin>")
        #expect(headline.line == 1 && headline.column == 1)
        #expect(headline.id == "yaml-limit")
        // "(N bytes seen)": more than the limit, far less than the 64 MiB offered.
        let seen = headline.message.split(separator: "(").last.flatMap { Int($0.prefix { $0.isNumber }) }
        let limit = YAMLLimits.default.maxFileBytes
        #expect(seen.map { $0 > limit && $0 <= limit + 1_048_576 } == true, "\(headline.message)")
    }

    @Test("a Chinese locale gives the Chinese message, positioned the same")
    func chineseLocale() async throws {
        let binary = try ChannelFlowBinary.located()
        let run = try await binary.run(
            ["yaml", HostileInputs.mergeKey.fileName],
            environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"],
            currentDirectory: Self.fixtures, timeout: Self.watchdog
        )
        #expect(run.exitStatus == 1, "\(run.termination)")
        #expect(run.stderrText == """
        merge-key.yaml:4:3: 错误: 不支持合并键（"<<"）：请在此映射中逐项写出各个键 [yaml-merge-key]
          <<: *base
          ^

        """)
    }

    @Test("5,000 levels of block nesting load when the depth limit allows them")
    func deepNestingWithinRaisedLimit() async throws {
        let depth = 5_000
        let run = try await Self.run(
            named: "deep.yaml", bytes: HostileInputs.nestedBlockSequences(depth: depth), options: ["--max-depth", "10000"]
        )
        try #require(!run.timedOut && run.signal == nil, "\(run.termination)")
        #expect(run.exitStatus == 0, "\(run.stderrText.prefix(2_000))")
        #expect(run.stdoutText == String(repeating: "[", count: depth) + #""x""# + String(repeating: "]", count: depth) + "\n")
    }

    /// Regression: the JSON printed for a document used to be built as a nested `JSONValue`
    /// whose release recursed once per level, so about 35,000 levels (debug build) overflowed the
    /// stack and killed the process with SIGSEGV after the loader had accepted the input.
    @Test("200,000 levels of block nesting under a raised depth limit print without crashing")
    func veryDeepNestingWithinRaisedLimit() async throws {
        let depth = 200_000
        let run = try await Self.run(
            named: "very-deep.yaml", bytes: HostileInputs.nestedBlockSequences(depth: depth), options: ["--max-depth", "300000"]
        )
        try #require(!run.timedOut, "\(run.termination)")
        #expect(run.signal == nil, "\(run.termination)")
        #expect(run.exitStatus == 0, "\(run.stderrText.prefix(2_000))")
        #expect(run.stdout.count == 2 * depth + 4)
        #expect(run.stdout.suffix(depth + 4).starts(with: Array(#""x"]]"#.utf8)))
    }

    @Test("the fixture folder holds exactly the checked-in inputs, byte for byte")
    func fixturesMatchGenerator() throws {
        let manager = FileManager.default
        if Self.updatingFixtures {
            try manager.createDirectory(atPath: Self.fixtures, withIntermediateDirectories: true)
            for input in HostileInputs.checkedIn {
                try Data(input.bytes).write(to: URL(fileURLWithPath: Self.fixtures + "/" + input.fileName))
            }
        }
        var expectedFiles: Set<String> = ["README.md"]
        for input in HostileInputs.checkedIn {
            expectedFiles.insert(input.fileName)
            expectedFiles.insert(input.name + (input.expected.exitStatus == 0 ? ".out" : ".err"))
            let stored = try #require(manager.contents(atPath: Self.fixtures + "/" + input.fileName), "missing \(input.fileName)")
            #expect([UInt8](stored) == input.bytes, "\(input.fileName) differs from HostileInputs.\(input)")
        }
        let present = Set(try manager.contentsOfDirectory(atPath: Self.fixtures))
        #expect(present.subtracting(expectedFiles).sorted() == [], "files in the fixture folder no input names")
        #expect(expectedFiles.subtracting(present).sorted() == [], "fixture files missing")
    }

    // MARK: - Helpers

    /// Compares the run's output with `name.out` (valid input) or `name.err` (rejected input).
    private func expectFixtureOutput(_ input: HostileInputs, run: ChannelFlowBinary.Run) throws {
        let valid = input.expected.exitStatus == 0
        let file = Self.fixtures + "/" + input.name + (valid ? ".out" : ".err")
        let actual = valid ? run.stdout : run.stderr
        if Self.updatingFixtures {
            try Data(actual).write(to: URL(fileURLWithPath: file))
        }
        let expected = try #require(FileManager.default.contents(atPath: file), "missing \(file)")
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(file)")
        #expect(actual == [UInt8](expected))
    }

    /// Runs `channelflow yaml --lang en OPTIONS name.yaml` in the fixture folder for a checked-in
    /// input, else on a generated copy in a temporary directory.
    private static func run(_ input: HostileInputs, options: [String]) async throws -> ChannelFlowBinary.Run {
        if input.isCheckedIn, !updatingFixtures {
            let binary = try ChannelFlowBinary.located()
            return try await binary.run(
                ["yaml", "--lang", "en"] + options + [input.fileName], currentDirectory: fixtures, timeout: watchdog
            )
        }
        return try await run(named: input.fileName, bytes: input.bytes, options: options)
    }

    private static func run(named name: String, bytes: [UInt8], options: [String]) async throws -> ChannelFlowBinary.Run {
        let binary = try ChannelFlowBinary.located()
        let scratch = try TemporaryDirectory(prefix: "channelflow-hostile")
        defer { scratch.remove() }
        try scratch.write(bytes, to: name)
        return try await binary.run(["yaml", "--lang", "en"] + options + [name], currentDirectory: scratch.path, timeout: watchdog)
    }

    struct Headline {
        var path: String
        var line: Int
        var column: Int
        var message: String
        var id: String
    }

    /// Parses `path:line:col: error: message [id]`.
    static func headline(_ text: String) -> Headline? {
        guard let match = text.wholeMatch(of: #/(.+?):([0-9]+):([0-9]+): error: (.+) \[([a-z0-9-]+)\]/#),
              let line = Int(match.output.2), let column = Int(match.output.3)
        else { return nil }
        return Headline(path: String(match.output.1), line: line, column: column, message: String(match.output.4), id: String(match.output.5))
    }
}

/// The watchdog and runner the hostile-input tests rely on, checked on `/bin/sh` so that a
/// hang, a crash and a stream are certain.
@Suite("Watchdog for hostile inputs")
struct HostileWatchdogTests {
    let shell = ChannelFlowBinary(path: "/bin/sh")

    @Test("a hanging child is killed at the deadline and reported as a timeout")
    func hangIsKilled() async throws {
        let run = try await shell.run(["-c", "exec sleep 60"], timeout: .milliseconds(300))
        #expect(run.timedOut, "\(run.termination)")
        #expect(run.exitStatus == nil && run.signal == nil)
        #expect(run.wallTime < .seconds(10))
    }

    @Test("a child killed by a signal is reported with the signal")
    func crashIsReported() async throws {
        let run = try await shell.run(["-c", "kill -SEGV $$"])
        #expect(run.termination == .signaled(SIGSEGV))
        #expect(run.signal == SIGSEGV)
        #expect(!run.timedOut)
    }

    @Test("arguments, environment, working directory and streamed input reach the child")
    func inputsReachTheChild() async throws {
        let scratch = try TemporaryDirectory(prefix: "channelflow-watchdog")
        defer { scratch.remove() }
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let run = try await shell.run(
            ["-c", "pwd; echo \"$HOSTILE_TEST\"; wc -c; echo oops >&2; exit 3"],
            stdin: .stream(bytes), environment: ["HOSTILE_TEST": "值"], currentDirectory: scratch.path
        )
        #expect(run.exitStatus == 3)
        let lines = run.stdoutText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines == [URL(fileURLWithPath: scratch.path).resolvingSymlinksInPath().path, "值", "1048576"]
            || lines == [scratch.path, "值", "1048576"])
        #expect(run.stderrText == "oops\n")
    }

    @Test("a child that stops reading streamed input early does not break the run")
    func earlyCloseIsHarmless() async throws {
        let run = try await shell.run(["-c", "head -c 10 >/dev/null"], stdin: .stream([UInt8](repeating: 0, count: 32 << 20)))
        #expect(run.exitStatus == 0, "\(run.termination)")
    }
}

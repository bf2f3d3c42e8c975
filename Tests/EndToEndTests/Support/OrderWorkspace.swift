import Foundation
import Testing

/// A scratch folder with one order database, and the built binary run on it against the shipped
/// `Flows/` and `Channels/`, with a fixed clock and English messages.
///
///     let workspace = try OrderWorkspace()
///     defer { workspace.remove() }
///     let answers = try workspace.write(try SampleAnswersFile.text(), to: "answers.yaml")
///     let run = try await workspace.run(answers: answers)
///     let shown = try await workspace.show(try OrderWorkspace.orderNumber(run))
struct OrderWorkspace: Sendable {
    /// The clock of every order (`CHANNELFLOW_NOW`), so that histories compare equal.
    static let now = "2026-03-02T10:00:00+08:00"

    /// Where a crash test stops a process, and the line it then writes to standard error.
    enum Pause: Sendable {
        /// Inside the transaction that completes the step, after its writes, before COMMIT.
        case inCommit(String)
        /// Right after that transaction committed.
        case afterCommit(String)

        var environment: [String: String] {
            switch self {
            case let .inCommit(step): ["CHANNELFLOW_PAUSE_IN_COMMIT": step]
            case let .afterCommit(step): ["CHANNELFLOW_PAUSE_AFTER_COMMIT": step]
            }
        }

        var marker: String {
            switch self {
            case let .inCommit(step): "paused-in-commit \(step)\n"
            case let .afterCommit(step): "paused-after-commit \(step)\n"
            }
        }
    }

    let directory: TemporaryDirectory
    let binary: ChannelFlowBinary

    init() throws {
        directory = try TemporaryDirectory(prefix: "channelflow-orders")
        binary = try ChannelFlowBinary.located()
    }

    var database: String { directory.path + "/orders.sqlite" }

    func remove() { directory.remove() }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try directory.write(Array(text.utf8), to: name)
    }

    /// `channelflow ARGUMENTS --db DATABASE`; with `pause`, the process is killed with SIGKILL as
    /// soon as it reports the pause.
    func channelflow(
        _ arguments: [String], pause: Pause? = nil, environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var merged = [
            "CHANNELFLOW_NOW": Self.now, "CHANNELFLOW_LOG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8",
        ]
        merged.merge(pause?.environment ?? [:]) { _, new in new }
        merged.merge(environment) { _, new in new }
        return try await binary.run(
            arguments + ["--db", database], environment: merged, currentDirectory: directory.path,
            killWhenStderrContains: pause?.marker)
    }

    /// `channelflow run --channel ca_outlet --flow new_certificate --answers FILE`.
    func run(
        answers: String, pause: Pause? = nil, options: [String] = [], environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        try await channelflow(
            ["run", "--channel", "ca_outlet", "--flow", "new_certificate", "--answers", answers, "--project", Self.project]
                + options,
            pause: pause, environment: environment)
    }

    /// `channelflow resume ORDER --answers FILE`.
    func resume(_ order: String, answers: String, pause: Pause? = nil) async throws -> ChannelFlowBinary.Run {
        try await channelflow(["resume", order, "--answers", answers, "--project", Self.project], pause: pause)
    }

    /// `channelflow show ORDER --json`, decoded; a failed show fails the test.
    func show(_ order: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ShownOrder {
        let shown = try await channelflow(["show", order, "--json", "--project", Self.project])
        try #require(shown.exitStatus == 0, "show \(order): \(shown.summary)\n\(shown.stderrText)", sourceLocation: sourceLocation)
        return try ShownOrder(json: shown.stdoutText, order: order)
    }

    /// `channelflow orders list --json`, decoded.
    func orders(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [ListedOrder] {
        let listed = try await channelflow(["orders", "list", "--json", "--limit", "1000"])
        try #require(listed.exitStatus == 0, "orders list: \(listed.summary)\n\(listed.stderrText)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode([ListedOrder].self, from: Data(listed.stdout))
    }

    /// `channelflow orders check` says `ok`: SQLite's `PRAGMA integrity_check` passes.
    func expectSound(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let check = try await channelflow(["orders", "check"])
        #expect(check.exitStatus == 0, "\(check.summary)\n\(check.stderrText)", sourceLocation: sourceLocation)
        #expect(check.stdoutText == "ok\n", sourceLocation: sourceLocation)
    }

    /// The order number a text-mode `run` prints on its first line (`order CF… …`, `订单 CF… …`);
    /// it is written before any step runs, so a killed run has printed it too.
    static func orderNumber(_ run: ChannelFlowBinary.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let words = run.stdoutText.prefix { $0 != "\n" }.split(separator: " ")
        try #require(
            words.count > 1 && ["order", "订单"].contains(words[0]), "no order number in: \(run.stdoutText)", sourceLocation: sourceLocation)
        return String(words[1])
    }

    private static let project = ShippedProject.root.path
}

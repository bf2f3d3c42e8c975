import Foundation
import Testing

/// A scratch folder with one order database, copies of the sandbox UKEY files (the sandbox
/// rewrites the file it plays) and answers written on the fly, and the built binary run on it
/// with the engine's clock fixed, so renewal windows, the dates in order numbers and the times in
/// two orders' histories never depend on the day the tests run.
///
///     let workspace = try OrderWorkspace()
///     defer { workspace.remove() }
///     let run = try await workspace.run("ca_outlet", "renewal", answers: path, key: try workspace.copyKey("expiring-ukey.yaml"))
///     let shown = try await workspace.show(try RunSummary(run).order)
struct OrderWorkspace: Sendable {
    /// The engine's clock (`CHANNELFLOW_NOW`): 67 days before `expiring-ukey.yaml` expires.
    static let now = "2026-11-25T10:00:00+08:00"

    /// The environment of every run: the fixed clock, English, nothing from the caller's database
    /// or log settings.
    static let environment = [
        "CHANNELFLOW_NOW": now, "CHANNELFLOW_DB": "", "CHANNELFLOW_LOG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8",
    ]

    let directory: TemporaryDirectory
    /// Where `run` reads `Flows/` and `Channels/`: the repository, or a copy to edit.
    let project: String
    let binary: ChannelFlowBinary

    init(project: String = ShippedProject.root.path) throws {
        directory = try TemporaryDirectory(prefix: "channelflow-orders")
        self.project = project
        binary = try ChannelFlowBinary.located()
    }

    var database: String { directory.path + "/orders.sqlite" }

    func remove() { directory.remove() }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try directory.write(Array(text.utf8), to: name)
    }

    /// Copies `Examples/ukey/NAME` into the folder and returns the copy's path.
    func copyKey(_ name: String) throws -> String {
        let copy = directory.path + "/" + name
        try FileManager.default.copyItem(atPath: ShippedProject.root.appendingPathComponent("Examples/ukey/" + name).path, toPath: copy)
        return copy
    }

    /// `channelflow ARGUMENTS --db DATABASE --lang LANGUAGE`, in the folder (so no stray
    /// `channelflow.yaml` is picked up: every provider is the sandbox). With `pause`, the process
    /// is killed with SIGKILL as soon as it reports the pause.
    func channelflow(
        _ arguments: [String], language: String = "en", pause: Pause? = nil, environment: [String: String] = [:],
        stdin: ChannelFlowBinary.StandardInput = .none
    ) async throws -> ChannelFlowBinary.Run {
        var merged = Self.environment
        merged.merge(pause?.environment ?? [:]) { _, new in new }
        merged.merge(environment) { _, new in new }
        return try await binary.run(
            arguments + ["--db", database, "--lang", language], stdin: stdin, environment: merged, currentDirectory: directory.path,
            killWhenStderrContains: pause?.marker)
    }

    /// `channelflow run --channel CHANNEL --flow FLOW --answers ANSWERS [--ukey-file KEY] [--json]`.
    func run(
        _ channel: String, _ flow: String, answers: String, key: String? = nil, json: Bool = true, language: String = "en",
        pause: Pause? = nil, environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var arguments = ["run", "--channel", channel, "--flow", flow, "--answers", answers, "--project", project]
        if let key { arguments += ["--ukey-file", key] }
        if json { arguments.append("--json") }
        return try await channelflow(arguments, language: language, pause: pause, environment: environment)
    }

    /// `channelflow resume ORDER --answers ANSWERS [--ukey-file KEY] [--json]`.
    func resume(
        _ order: String, answers: String, key: String? = nil, json: Bool = true, language: String = "en", pause: Pause? = nil,
        environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var arguments = ["resume", order, "--answers", answers, "--project", project]
        if let key { arguments += ["--ukey-file", key] }
        if json { arguments.append("--json") }
        return try await channelflow(arguments, language: language, pause: pause, environment: environment)
    }

    /// `channelflow show ORDER --json`, decoded; a failed show fails the test.
    func show(_ order: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ShownOrder {
        let shown = try await channelflow(["show", order, "--json", "--project", project])
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

    /// The code of the newest message the sandbox SMS gateway "sent" for `purpose`, read from
    /// its outbox next to the database (`ORDERS.sqlite.sandbox/sms.jsonl`), as a person would
    /// read it off the phone.
    func lastSandboxSMSCode(purpose: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let outbox = try String(contentsOfFile: database + ".sandbox/sms.jsonl", encoding: .utf8)
        let entries = try outbox.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        let code = entries.last { $0["purpose"] as? String == purpose }?["code"] as? String
        return try #require(code, "no \(purpose) code in the sandbox outbox", sourceLocation: sourceLocation)
    }

    /// The order number a text-mode `run` prints on its first line (`order CF… …`, `订单 CF… …`);
    /// it is written before any step runs, so a killed or refused run has printed it too.
    static func orderNumber(_ run: ChannelFlowBinary.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let words = run.stdoutText.prefix { $0 != "\n" }.split(separator: " ")
        try #require(
            words.count > 1 && ["order", "订单"].contains(words[0]), "no order number in: \(run.stdoutText)", sourceLocation: sourceLocation)
        return String(words[1])
    }
}

extension OrderWorkspace {
    /// A new API key for `channel` on this workspace's database.
    func apiKey(channel: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let run = try await binary.run(["apikey", "create", "--channel", channel, "--db", database, "--project", project])
        try #require(run.exitStatus == 0, "\(run.stderrText)", sourceLocation: sourceLocation)
        return run.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

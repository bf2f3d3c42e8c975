import Foundation
import Testing

/// A scratch folder for the orders of one `run`-command test: its own database, copies of the
/// sandbox UKEY files (the sandbox rewrites the file it plays), answers written on the fly, and
/// the built binary run with the engine's clock fixed, so renewal windows and the dates in order
/// numbers never depend on the day the tests run.
///
///     let workspace = try RunWorkspace()
///     defer { workspace.remove() }
///     let run = try await workspace.run("ca_outlet", "renewal", answers: path, key: try workspace.copyKey("expiring-ukey.yaml"))
///     let shown = try await workspace.show(try RunSummary(run).order)
struct RunWorkspace: Sendable {
    /// The engine's clock (`CHANNELFLOW_NOW`): 67 days before `expiring-ukey.yaml` expires.
    static let now = "2026-11-25T10:00:00+08:00"

    let directory: TemporaryDirectory
    /// Where `run` reads `Flows/` and `Channels/`: the repository, or a copy to edit.
    let project: String
    let binary: ChannelFlowBinary

    init(project: String = ShippedProject.root.path) throws {
        directory = try TemporaryDirectory(prefix: "channelflow-run")
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
    /// `channelflow.yaml` is picked up: every provider is the sandbox).
    func channelflow(
        _ arguments: [String], language: String = "en", environment: [String: String] = [:], stdin: ChannelFlowBinary.StandardInput = .none
    ) async throws -> ChannelFlowBinary.Run {
        var merged = ["CHANNELFLOW_NOW": Self.now, "CHANNELFLOW_DB": "", "CHANNELFLOW_LOG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
        merged.merge(environment) { _, new in new }
        return try await binary.run(
            arguments + ["--db", database, "--lang", language], stdin: stdin, environment: merged, currentDirectory: directory.path)
    }

    /// `channelflow run --channel CHANNEL --flow FLOW --answers ANSWERS [--ukey-file KEY] [--json]`.
    func run(
        _ channel: String, _ flow: String, answers: String, key: String? = nil, json: Bool = true, language: String = "en",
        environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var arguments = ["run", "--channel", channel, "--flow", flow, "--answers", answers, "--project", project]
        if let key { arguments += ["--ukey-file", key] }
        if json { arguments.append("--json") }
        return try await channelflow(arguments, language: language, environment: environment)
    }

    /// `channelflow resume ORDER --answers ANSWERS [--ukey-file KEY] [--json]`.
    func resume(_ order: String, answers: String, key: String? = nil, json: Bool = true, language: String = "en") async throws -> ChannelFlowBinary.Run {
        var arguments = ["resume", order, "--answers", answers, "--project", project]
        if let key { arguments += ["--ukey-file", key] }
        if json { arguments.append("--json") }
        return try await channelflow(arguments, language: language)
    }

    /// `channelflow show ORDER --json`, decoded; a failed show fails the test.
    func show(_ order: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> ShownOrderJSON {
        let shown = try await channelflow(["show", order, "--json"])
        try #require(shown.exitStatus == 0, "show \(order): \(shown.summary)\n\(shown.stderrText)", sourceLocation: sourceLocation)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ShownOrderJSON.self, from: Data(shown.stdout))
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
}

import Foundation
import Testing

/// `channelflow lint`, `explain` and `catalog` on the built binary, over the shipped files and
/// deliberately broken copies of them.
@Suite("channelflow lint, explain and catalog")
struct LintCommandTests {
    /// English, on a fixed day: the calendar check looks at the reviews that start today.
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8", "CHANNELFLOW_NOW": OrderWorkspace.now]

    private func lint(_ arguments: [String], in project: ShippedProject) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(["lint"] + arguments, environment: english, currentDirectory: project.path)
    }

    @Test func shippedFilesLintClean() async throws {
        let run = try await ChannelFlowBinary.located().run(["lint", "--strict"], environment: english, currentDirectory: ShippedProject.root.path)
        #expect(run.exitStatus == 0, "\(run.stdoutText)")
        #expect(run.stdoutText.isEmpty)
        #expect(run.stderrText.hasSuffix(" files: 0 errors, 0 warnings\n"))
    }

    @Test func brokenCopyGivesPositionedDiagnosticsInEveryFormat() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace("next: purchase", with: "next: purchse", in: "Flows/new_certificate.yaml")
        let text = try await lint([], in: project)
        #expect(text.exitStatus == 1)
        #expect(text.stdoutText.contains("""
        Flows/new_certificate.yaml:176:11: error: unknown step "purchse"; expected one of
        """), "\(text.stdoutText)")
        #expect(text.stdoutText.contains("; did you mean \"purchase\"? [unknown-step]\n    next: purchse\n          ^\n"))

        let json = try await lint(["--format", "json"], in: project)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] ?? 0 >= 1)
        let first = try #require((document["diagnostics"] as? [[String: Any]])?.first { $0["id"] as? String == "unknown-step" })
        #expect(first["line"] as? Int == 176)
        #expect((first["message"] as? [String: String])?["zh"]?.contains("步骤 \"purchse\" 不存在") == true)

        let github = try await lint(["--format", "github"], in: project)
        #expect(github.stdoutText.contains("::error file=Flows/new_certificate.yaml,line=176,col=11,"))

        let sarif = try await lint(["--format", "sarif"], in: project)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func anUnknownNotificationEventIsAPositionedError() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace(#"with: {event: "'submitted'"}"#, with: #"with: {event: "'submited'"}"#, in: "Flows/new_certificate.yaml")
        let run = try await lint([], in: project)
        #expect(run.exitStatus == 1)
        #expect(run.stdoutText.hasPrefix("""
            Flows/new_certificate.yaml:294:24: error: argument "event" of action "notify": "submited" is not one of "approved", \
            "certificate_changed", "certificate_issued", "certificate_password_sent", "certificate_renewed", "certificate_revoked", \
            "invoice_issued", "invoice_reissued", "payment_received", "rejected", "revocation_rejected", "seal_add_done", \
            "seal_change_done", "shipped", "submitted", "unlock_done" [expression-type]
                    with: {event: "'submited'"}
                                   ^

            """), "\(run.stdoutText)")
        #expect(run.stderrText.hasSuffix(" files: 1 errors, 0 warnings\n"), "\(run.stderrText)")
    }

    @Test func selectIgnoreAndSuppression() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace("next: purchase", with: "next: purchse", in: "Flows/new_certificate.yaml")
        let ignoring = try await lint(["--ignore", "unknown-step,unreachable-step"], in: project)
        #expect(!ignoring.stdoutText.contains("[unknown-step]"))
        #expect(ignoring.stdoutText.contains("[no-terminal-step]"), "the break still cuts the flow short: \(ignoring.stdoutText)")
        #expect(try await lint(["--select", "yes-no-string"], in: project).exitStatus == 0)
        try project.replace("next: purchse", with: "next: purchse  # channelflow: ignore[unknown-step, unreachable-step]", in: "Flows/new_certificate.yaml")
        let suppressed = try await lint([], in: project)
        #expect(!suppressed.stdoutText.contains("[unknown-step]"), "\(suppressed.stdoutText)")
    }

    @Test func unknownRuleIsABadCommandLine() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let run = try await lint(["--select", "unknown-stpe"], in: project)
        #expect(run.exitStatus == 2)
        #expect(run.stderrText.contains("unknown rule \"unknown-stpe\". Did you mean \"unknown-step\"?"))
    }

    @Test func warningsFailOnlyWhenStrict() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace("back: false\n", with: "back: no\n", in: "Flows/new_certificate.yaml")
        let relaxed = try await lint(["--select", "yes-no-string"], in: project)
        #expect(relaxed.exitStatus == 0)
        #expect(relaxed.stdoutText.contains("warning: unquoted \"no\" is the string \"no\" in YAML 1.2"))
        #expect(try await lint(["--select", "yes-no-string", "--strict"], in: project).exitStatus == 1)
    }

    @Test func unreadablePathExitsTwo() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let run = try await lint(["NoSuchFolder"], in: project)
        #expect(run.exitStatus == 2)
    }

    /// The worked example of `Channels/README.md`, run as written: the reference cannot drift.
    @Test func channelReadmeWorkedExampleGivesTheDocumentedMessage() async throws {
        let readme = try String(contentsOf: ShippedProject.root.appendingPathComponent("Channels/README.md"), encoding: .utf8)
        let yaml = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let channel = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(3) }.joined(separator: "\n")
        let documented = try #require(readme.components(separatedBy: "`Channels/partner_bank.yaml:").dropFirst().first?.components(separatedBy: "`").first)
        let project = try ShippedProject()
        defer { project.remove() }
        try project.write(channel, to: "Channels/partner_bank.yaml")
        #expect(try await lint(["Channels/partner_bank.yaml", "Flows"], in: project).exitStatus == 0)
        try project.replace("[agent_bank_card]", with: "[agent_bankcard]", in: "Channels/partner_bank.yaml")
        let run = try await lint(["Channels/partner_bank.yaml", "Flows"], in: project)
        #expect(run.exitStatus == 1)
        #expect(run.stdoutText.contains("Channels/partner_bank.yaml:" + documented.replacingOccurrences(of: "\n   ", with: "")), "\(run.stdoutText)")
    }

    @Test func explainShowsSummaryAndExamples() async throws {
        let binary = try ChannelFlowBinary.located()
        let one = try await binary.run(["explain", "unknown-key"], environment: english)
        #expect(one.exitStatus == 0)
        #expect(one.stdoutText.hasPrefix("unknown-key — every key must be one the flow or channel language defines\nseverity: error\n"))
        #expect(one.stdoutText.contains("↓"))
        let list = try await binary.run(["explain", "--list"], environment: english)
        #expect(list.stdoutText.split(separator: "\n").count >= 25)
        let unknown = try await binary.run(["explain", "no-such-rule"], environment: english)
        #expect(unknown.exitStatus == 2)
    }

    @Test func catalogListsEveryPairWithItsHash() async throws {
        let run = try await ChannelFlowBinary.located().run(["catalog", "--json"], environment: english, currentDirectory: ShippedProject.root.path)
        #expect(run.exitStatus == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [[String: Any]])
        #expect(entries.count >= 20)
        #expect(entries.allSatisfy { ($0["hash"] as? String)?.count == 64 })
        #expect(Set(entries.compactMap { $0["channel"] as? String }) == ["ca_outlet", "gov_portal", "icbc_bank"])
    }
}

import Foundation
import Testing

/// `channelflow new channel` on the built binary: the scaffold's snapshot, a clean lint, and refusals.
@Suite("channelflow new channel")
struct NewChannelCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    private func run(_ arguments: [String], in project: ShippedProject) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(arguments, environment: english, currentDirectory: project.path)
    }

    @Test func scaffoldMatchesItsSnapshotAndLintsClean() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let made = try await run(["new", "channel", "partner_bank", "--from", "icbc_bank", "--name-zh", "合作银行对公渠道", "--name-en", "Partner bank corporate channel"], in: project)
        #expect(made.exitStatus == 0, "\(made.stderrText)")
        #expect(made.stderrText == "wrote Channels/partner_bank.yaml: review each setting, then run `channelflow lint`\n")
        let text = try String(contentsOfFile: "\(project.path)/Channels/partner_bank.yaml", encoding: .utf8)
        try Snapshot.expect(text, matches: "new-channel-partner_bank.yaml")
        let lint = try await run(["lint", "--strict"], in: project)
        #expect(lint.exitStatus == 0, "\(lint.stdoutText)")
        let catalog = try await run(["catalog"], in: project)
        #expect(catalog.stdoutText.split(separator: "\n").filter { $0.hasPrefix("partner_bank\t") }.count == 7)
    }

    @Test func anExistingFileIsKeptUnlessForced() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        #expect(try await run(["new", "channel", "partner_bank", "--from", "icbc_bank"], in: project).exitStatus == 0)
        let again = try await run(["new", "channel", "partner_bank", "--from", "ca_outlet"], in: project)
        #expect(again.exitStatus == 2)
        #expect(again.stderrText.contains("Channels/partner_bank.yaml exists; give --force to overwrite it"))
        let forced = try await run(["new", "channel", "partner_bank", "--from", "ca_outlet", "--force"], in: project)
        #expect(forced.exitStatus == 0, "\(forced.stderrText)")
        #expect(try String(contentsOfFile: "\(project.path)/Channels/partner_bank.yaml", encoding: .utf8).contains("kind: ca-outlet\n"))
    }

    @Test func badIdsAreUsageErrors() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let invalid = try await run(["new", "channel", "Partner-Bank", "--from", "icbc_bank"], in: project)
        #expect(invalid.exitStatus == 2)
        #expect(invalid.stderrText.contains("\"Partner-Bank\" is not a valid channel id"))
        let unknown = try await run(["new", "channel", "partner_bank", "--from", "icbc_bnk"], in: project)
        #expect(unknown.exitStatus == 2)
        #expect(unknown.stderrText.contains("unknown channel \"icbc_bnk\""))
        #expect(unknown.stderrText.contains("did you mean \"icbc_bank\"?"))
        let taken = try await run(["new", "channel", "ca_outlet", "--from", "icbc_bank", "--output", "Channels/copy.yaml"], in: project)
        #expect(taken.exitStatus == 2)
        #expect(taken.stderrText.contains("channel \"ca_outlet\" already exists in "))
    }

    @Test func standardOutputWritesNoFile() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let run = try await run(["new", "channel", "partner_bank", "--from", "gov_portal", "--output", "-"], in: project)
        #expect(run.exitStatus == 0)
        #expect(run.stdoutText.contains("\nchannel: partner_bank\n"))
        #expect(!FileManager.default.fileExists(atPath: "\(project.path)/Channels/partner_bank.yaml"))
    }
}

import Foundation
import Testing

/// `channelflow preview` on the built binary, in both languages.
@Suite("channelflow preview")
struct PreviewCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    private func preview(_ arguments: [String]) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(["preview"] + arguments, environment: english, currentDirectory: ShippedProject.root.path)
    }

    @Test(arguments: ["zh", "en"])
    func wholeFlowMatchesItsSnapshot(_ language: String) async throws {
        let run = try await preview(["--channel", "icbc_bank", "--flow", "new_certificate", "--lang", language])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        try Snapshot.expect(run.stdoutText, matches: "preview-icbc_bank-new_certificate.\(language).txt")
    }

    @Test func oneStepShowsOnlyThatStep() async throws {
        let run = try await preview(["--channel", "gov_portal", "--flow", "new_certificate", "--step", "agent"])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        #expect(run.stdoutText.contains("\n3. Agent verification · 经办人认证  [agent, verification]\n"))
        #expect(!run.stdoutText.contains("[enterprise, verification]") && !run.stdoutText.contains("Before you start"))
    }

    @Test func unknownStepIsAUsageErrorWithASuggestion() async throws {
        let run = try await preview(["--channel", "ca_outlet", "--flow", "new_certificate", "--step", "agnet"])
        #expect(run.exitStatus == 2)
        #expect(run.stderrText.contains("unknown step \"agnet\"; expected one of "), "\(run.stderrText)")
        #expect(run.stderrText.contains("did you mean \"agent\"?"))
    }
}

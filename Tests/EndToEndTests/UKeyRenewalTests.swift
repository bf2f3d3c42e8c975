import FlowCertificates
import FlowDomain
import Foundation
import Testing
import VirtualUKeyControl

/// A renewal on a real reader: pcscd, the vpcd driver and a software key; only the card is software.
@Suite("renewal with the UKEY in a card reader") struct UKeyRenewalTests {
    private let answers = ShippedProject.root.appendingPathComponent("Examples/answers/ca_outlet-renewal.yaml").path

    private func run(_ workspace: ReaderWorkspace) async throws -> ChannelFlowBinary.Run {
        try await workspace.orders.channelflow([
            "run", "--channel", "ca_outlet", "--flow", "renewal", "--answers", answers,
            "--project", workspace.orders.project, "--config", workspace.config, "--json",
        ])
    }

    /// The renewed certificate: same company, a new serial, a year from the engine's today, signed by the sandbox CA.
    private func expectRenewed(_ workspace: ReaderWorkspace) async throws {
        let renewed = try await workspace.certificateOnTheKey()
        #expect(renewed.serial != workspace.original.serial)
        #expect(renewed.organization == ReaderWorkspace.organization)
        #expect(renewed.uscc == ReaderWorkspace.uscc)
        #expect(renewed.notBefore.description == "2026-11-25")
        #expect(renewed.notAfter.description == "2027-11-25")
        let authority = try #require(KeyCertificate.certificates(inPEM: String(contentsOfFile: workspace.sandboxCA, encoding: .utf8)).first)
        #expect(renewed.isIssued(by: authority))
        #expect(!workspace.original.isIssued(by: authority))
    }

    @Test func endsWithTheNewCertificateOnTheKey() async throws {
        try await VirtualReader.exclusive {
            let workspace = try ReaderWorkspace()
            defer { workspace.remove() }
            let run = try await run(workspace)
            #expect(run.exitStatus == 0, "\(run.stderrText)")
            let summary = try RunSummary(run)
            #expect(summary.stop == "completed")
            #expect(summary.steps.last?.step == "renewed")
            let shown = try await workspace.orders.show(summary.order)
            #expect(shown.status == "completed")
            try await expectRenewed(workspace)
        }
    }

    @Test func aKeyPulledOutDuringTheDownloadIsRecoverable() async throws {
        try await VirtualReader.exclusive {
            let workspace = try ReaderWorkspace(cardOptions: ["--pull-out-on-update", "2"])
            defer { workspace.remove() }
            let interrupted = try await run(workspace)
            #expect(interrupted.exitStatus != 0)
            let summary = try RunSummary(interrupted)
            #expect(summary.stop == "refused", "\(interrupted.stdoutText)")
            #expect(summary.error?.message.en == "the UKEY was pulled out or stopped answering during the operation; insert it and try again")
            #expect(summary.error?.message.zh == "操作过程中 UKEY 被拔出或无响应，请重新插入后重试")
            let order = summary.order
            let waiting = try await workspace.orders.show(order)
            #expect(waiting.step == "download")
            #expect(waiting.status == "active")
            try workspace.key.pullOut()
            try workspace.key.insert()
            let resumed = try await workspace.orders.channelflow([
                "resume", order, "--answers", answers, "--project", workspace.orders.project, "--config", workspace.config, "--json",
            ])
            #expect(resumed.exitStatus == 0, "\(resumed.stderrText)")
            #expect(try RunSummary(resumed).stop == "completed")
            try await expectRenewed(workspace)
        }
    }
}

/// The unlock process on a real reader: the authorisation code releases the CA's administrator key.
@Suite("unlock with the UKEY in a card reader") struct UKeyUnlockTests {
    @Test func aBlockedKeyIsUnlockedWithTheApplicantsNewPassword() async throws {
        try await VirtualReader.exclusive {
            let workspace = try ReaderWorkspace()
            defer { workspace.remove() }
            for _ in 0..<3 { _ = try await workspace.ukey(["verify-pin"], stdin: "000000\n") }
            #expect(try await workspace.ukey(["verify-pin"], stdin: "123456\n").exitStatus == 1)
            let answers = ShippedProject.root.appendingPathComponent("Examples/answers/ca_outlet-unlock.yaml").path
            let run = try await workspace.orders.channelflow([
                "run", "--channel", "ca_outlet", "--flow", "unlock", "--answers", answers,
                "--project", workspace.orders.project, "--config", workspace.config, "--json",
            ])
            #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
            let summary = try RunSummary(run)
            #expect(summary.stop == "completed")
            #expect(summary.steps.last?.step == "unlocked")
            #expect(try await workspace.ukey(["verify-pin"], stdin: "24681357\n").exitStatus == 0)
        }
    }
}

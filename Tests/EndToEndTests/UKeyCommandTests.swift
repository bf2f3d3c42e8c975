import FlowCertificates
import Foundation
import Testing
import VirtualUKeyControl

/// `channelflow ukey …` on the built binary, against a real pcscd with the vpcd reader.
@Suite("channelflow ukey") struct UKeyCommandTests {
    private func withReader(_ body: (ReaderWorkspace) async throws -> Void) async throws {
        try await VirtualReader.exclusive {
            let workspace = try ReaderWorkspace()
            defer { workspace.remove() }
            try await body(workspace)
        }
    }

    @Test func noServiceAndNoReaderAreClearErrors() async throws {
        try await VirtualReader.exclusive {
            let workspace = try OrderWorkspace()
            defer { workspace.remove() }
            let environment = ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
            let stopped = try await workspace.binary.run(
                ["ukey", "readers"], environment: environment.merging(["PCSCLITE_CSOCK_NAME": workspace.directory.path + "/none.comm"]) { $1 })
            #expect(stopped.exitStatus == 1)
            #expect(stopped.stderrText == "the smart-card service (pcscd) is not running; start it and try again\n")
            let empty = try await workspace.binary.run(
                ["ukey", "status", "--lang", "zh"],
                environment: environment.merging(["PCSCLITE_CSOCK_NAME": try VirtualReader.emptyDaemonSocket()]) { $1 })
            #expect(empty.exitStatus == 1)
            #expect(empty.stderrText == "未连接读卡器\n")
        }
    }

    @Test func noKeyInTheReader() async throws {
        try await VirtualReader.exclusive {
            let workspace = try OrderWorkspace()
            defer { workspace.remove() }
            let listed = try await workspace.binary.run(["ukey", "readers", "--lang", "en"])
            #expect(listed.stdoutText == "Virtual PCD 00 00\tempty\nVirtual PCD 00 01\tempty\n")
            let status = try await workspace.binary.run(["ukey", "status", "--lang", "en"])
            #expect(status.exitStatus == 1)
            #expect(status.stderrText == "no UKEY inserted; insert the UKEY and try again\n")
        }
    }

    @Test func statusShowsTheKeyItsCertificateAndItsTries() async throws {
        try await withReader { workspace in
            let run = try await workspace.ukey(["status", "--json"])
            #expect(run.exitStatus == 0)
            let status = try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any]
            #expect(status?["token"] as? String == ReaderWorkspace.token)
            #expect(status?["password_tries_left"] as? Int == 3)
            let certificate = status?["certificate"] as? [String: Any]
            #expect(certificate?["serial"] as? String == workspace.original.serial)
            #expect(certificate?["organization"] as? String == ReaderWorkspace.organization)
            #expect(certificate?["uscc"] as? String == ReaderWorkspace.uscc)
            #expect(certificate?["not_after"] as? String == "2027-01-31")
            #expect(certificate?["renewal_opens"] as? String == "2026-11-02")
        }
    }

    @Test func wrongPasswordsDownToBlockedThenTheCAUnlocksIt() async throws {
        try await withReader { workspace in
            let right = try await workspace.ukey(["verify-pin"], stdin: "123456\n")
            #expect(right.exitStatus == 0)
            #expect(right.stdoutText == "password verified\n")
            var messages: [String] = []
            for _ in 0..<3 {
                let wrong = try await workspace.ukey(["verify-pin"], stdin: "000000\n")
                #expect(wrong.exitStatus == 1)
                messages.append(wrong.stderrText)
            }
            #expect(messages == [
                "wrong certificate password; 2 tries left before it locks\n",
                "wrong certificate password; 1 tries left before it locks\n",
                "the certificate password is blocked; the key must be unlocked (`channelflow ukey unlock`, or the unlock process)\n",
            ])
            let stillBlocked = try await workspace.ukey(["verify-pin"], stdin: "123456\n")
            #expect(stillBlocked.exitStatus == 1)
            let unlocked = try await workspace.ukey(
                ["unlock", "--administrator-keys", "ukey-keys.yaml"], stdin: "24681012\n24681012\n")
            #expect(unlocked.exitStatus == 0)
            #expect(unlocked.stdoutText == "key unlocked; the new password is set\n")
            #expect(try await workspace.ukey(["verify-pin"], stdin: "24681012\n").exitStatus == 0)
        }
    }

    @Test func changesThePasswordAndRefusesMismatchedOrShortOnes() async throws {
        try await withReader { workspace in
            let mismatched = try await workspace.ukey(["change-pin"], stdin: "123456\n7654321\n7654320\n")
            #expect(mismatched.exitStatus == 1)
            #expect(mismatched.stderrText == "the two new passwords differ\n")
            let short = try await workspace.ukey(["change-pin"], stdin: "123456\n123\n123\n", language: "zh")
            #expect(short.stderrText == "新密码须为 6–16 位\n")
            let changed = try await workspace.ukey(["change-pin"], stdin: "123456\n7654321\n7654321\n")
            #expect(changed.exitStatus == 0)
            #expect(try await workspace.ukey(["verify-pin"], stdin: "7654321\n").exitStatus == 0)
            let noPassword = try await workspace.ukey(["verify-pin"], stdin: "")
            #expect(noPassword.exitStatus == 2)
        }
    }

    @Test func readsTheCertificateAsPEMAndDER() async throws {
        try await withReader { workspace in
            #expect(try await workspace.certificateOnTheKey() == workspace.original)
            let der = try await workspace.ukey(["read-cert"])
            #expect(der.stdout == workspace.original.der)
        }
    }

    @Test func aMissingAdministratorKeyIsNamed() async throws {
        try await withReader { workspace in
            try workspace.orders.write("UKEY0000000001: \"12345678\"\n", to: "other-keys.yaml")
            let run = try await workspace.ukey(["unlock", "--administrator-keys", "other-keys.yaml"], stdin: "24681012\n24681012\n")
            #expect(run.exitStatus == 1)
            #expect(run.stderrText == "the CA holds no administrator key for UKEY \(ReaderWorkspace.token); it cannot be unlocked here\n")
        }
    }
}

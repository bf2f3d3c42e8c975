import Foundation
import Testing

/// `channelflow diff` on the built binary: two fixture folders (snapshot), an order database with an
/// order pinned to the old definition, two git revisions, and arguments that are neither.
@Suite("channelflow diff")
struct DiffCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    private let pair = ["--channel", "ca_outlet", "--flow", "new_certificate"]

    private func diff(_ arguments: [String], in folder: String = fixtures, environment: [String: String] = [:]) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(["diff"] + pair + arguments, environment: english.merging(environment) { $1 }, currentDirectory: folder)
    }

    @Test func foldersWithAnOrderDatabaseMatchTheSnapshot() async throws {
        let scratch = try TemporaryDirectory(prefix: "channelflow-diff")
        defer { scratch.remove() }
        let database = "\(scratch.path)/orders.sqlite"
        let answers = ShippedProject.root.appendingPathComponent("Examples/answers/ca_outlet-new_certificate.yaml").path
        let order = try await ChannelFlowBinary.located().run(
            ["run"] + pair + ["--answers", answers, "--project", "Diff/old", "--db", database],
            environment: english.merging(["CHANNELFLOW_NOW": "2026-11-26T09:00:00+08:00"]) { $1 }, currentDirectory: Self.fixtures)
        #expect(order.exitStatus == 0, "\(order.stdoutText)\(order.stderrText)")

        let plain = try await diff(["Diff/old", "Diff/new"])
        #expect(plain.exitStatus == 0, "\(plain.stderrText)")
        let withOrders = try await diff(["Diff/old", "Diff/new", "--db", database])
        #expect(withOrders.exitStatus == 0, "\(withOrders.stderrText)")
        #expect(withOrders.stdoutText.hasPrefix(plain.stdoutText))
        #expect(withOrders.stdoutText.contains("  pinned to old 97bb09d2f44d5f65: 1 — review 1\n"), "\(withOrders.stdoutText)")
        try Snapshot.expect(withOrders.stdoutText.replacingOccurrences(of: database, with: "orders.sqlite"), matches: "diff-ca_outlet-new_certificate.txt")
    }

    @Test func gitRevisionsAreComparedLikeFolders() async throws {
        let repository = try TemporaryDirectory(prefix: "channelflow-diff-git")
        defer { repository.remove() }
        let git = ChannelFlowBinary(path: "/usr/bin/git")
        let identity = ["GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com", "GIT_COMMITTER_NAME": "test",
                        "GIT_COMMITTER_EMAIL": "test@example.com", "GIT_CONFIG_GLOBAL": "/dev/null"]
        func commit(_ side: String) async throws {
            for folder in ["Flows", "Channels"] {
                let target = URL(fileURLWithPath: repository.path).appendingPathComponent(folder)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(atPath: "\(Self.fixtures)/Diff/\(side)/\(folder)", toPath: target.path)
            }
            #expect(try await git.run(["add", "-A"], environment: identity, currentDirectory: repository.path).exitStatus == 0)
            #expect(try await git.run(["commit", "-q", "-m", side], environment: identity, currentDirectory: repository.path).exitStatus == 0)
        }
        #expect(try await git.run(["init", "-q"], environment: identity, currentDirectory: repository.path).exitStatus == 0)
        try await commit("old")
        try await commit("new")
        let revisions = try await diff(["HEAD~1", "HEAD"], in: repository.path)
        #expect(revisions.exitStatus == 0, "\(revisions.stderrText)")
        let folders = try await diff(["Diff/old", "Diff/new"])
        let body = { (text: String) in text.split(separator: "\n").dropFirst(3).joined(separator: "\n") }
        #expect(body(revisions.stdoutText) == body(folders.stdoutText))
        #expect(revisions.stdoutText.contains("  old  97bb09d2f44d5f65  HEAD~1 (git "))
        let revisionAndFolder = try await diff(["HEAD", "."], in: repository.path)
        #expect(revisionAndFolder.stdoutText.hasSuffix("no changes: the definitions are the same\n"), "\(revisionAndFolder.stdoutText)")
    }

    @Test func neitherAFolderNorARevisionIsAUsageError() async throws {
        let run = try await diff(["Diff/old", "no-such-thing"])
        #expect(run.exitStatus == 2)
        #expect(run.stderrText.contains("\"no-such-thing\" is neither a folder nor a git revision of the repository at ."), "\(run.stderrText)")
        let missingDatabase = try await diff(["Diff/old", "Diff/new", "--db", "no-such.sqlite"])
        #expect(missingDatabase.exitStatus == 2)
        #expect(missingDatabase.stderrText.contains("no order database at no-such.sqlite"))
        let missingPair = try await ChannelFlowBinary.located().run(
            ["diff", "--channel", "icbc_bank", "--flow", "new_certificate", "Diff/old", "Diff/new"], environment: english, currentDirectory: Self.fixtures)
        #expect(missingPair.exitStatus == 2)
        #expect(missingPair.stderrText.contains("OLD (Diff/old): channel icbc_bank offers no flow new_certificate"), "\(missingPair.stderrText)")
    }
}

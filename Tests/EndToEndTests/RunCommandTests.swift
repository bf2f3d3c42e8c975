import Foundation
import Testing

/// `channelflow run` on the built binary: every shipped (channel, flow) pair on its sample
/// answers, with every provider the sandbox and the UKEY played by `SandboxUKey`.
@Suite("channelflow run: the shipped pairs on their sample answers")
struct RunCommandTests {
    /// Pair id → SHA-256 content hash, from `channelflow catalog --json`, read once.
    private static let catalog = Task<[String: String], any Error> {
        let run = try await ChannelFlowBinary.located().run(["catalog", "--json"], currentDirectory: ShippedProject.root.path)
        let entries = try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: entries.compactMap { entry in
            guard let channel = entry["channel"] as? String, let flow = entry["flow"] as? String, let hash = entry["hash"] as? String
            else { return nil }
            return (channel + "/" + flow, hash)
        })
    }

    @Test("the samples cover exactly the catalog's 23 pairs")
    func samplesCoverTheCatalog() async throws {
        let catalog = try await Self.catalog.value
        #expect(catalog.count == 23)
        #expect(Set(catalog.keys) == Set(ShippedPair.all.map(\.id)))
        for pair in ShippedPair.all {
            #expect(FileManager.default.fileExists(atPath: pair.answers), "no sample answers \(pair.answers)")
        }
    }

    @Test("each pair runs on its sample to its wait or end; show agrees", arguments: ShippedPair.all)
    func pairRunsToItsStop(_ pair: ShippedPair) async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try pair.key.map(workspace.copyKey)
        let run = try await workspace.run(pair.channel, pair.flow, answers: pair.answers, key: key)
        #expect(run.exitStatus == pair.stop.exitStatus, "\(run.summary)\n\(run.stderrText)")
        let summary = try RunSummary(run)
        #expect(summary.stop == pair.stop.kind, "\(run.stdoutText)")
        #expect(summary.channel == pair.channel)
        switch pair.stop {
        case let .waiting(step, wait):
            #expect(summary.step == step)
            #expect(summary.wait == wait)
        case let .completed(step):
            #expect(summary.steps.last?.step == step)
            #expect(summary.steps.last?.status == "completed")
        case let .needsAnswers(step):
            #expect(summary.step == step)
        }

        let shown = try await workspace.show(summary.order)
        #expect(shown.channel == pair.channel)
        #expect(shown.flow == pair.flow)
        #expect(shown.status == pair.stop.status)
        #expect(shown.step == pair.stop.step)
        #expect(shown.wait == pair.stop.wait)
        #expect(shown.path.first == summary.steps.first?.step)
        if case .completed = pair.stop { #expect(shown.path.last == pair.stop.step) }
        #expect(shown.definition == (try await Self.catalog.value)[pair.id], "the order is pinned to the catalog's definition")

        if let key {
            let written = try String(contentsOfFile: key, encoding: .utf8)
            for line in pair.keyAfterwards {
                #expect(written.contains(line + "\n"), "the key holds \(line): \(written)")
            }
        }
        let raw = try ShippedAnswers(pair.channel, pair.flow).personalData
        let printed = run.stdoutText + run.stderrText + shown.answers.map(\.value).joined(separator: "\n")
        #expect(raw.filter(printed.contains).isEmpty, "raw personal data printed")
    }

    @Test("a second unlock of the same key takes the business check: a code to the previous unlock's agent")
    func secondUnlockTakesTheBusinessCheck() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try workspace.copyKey("locked-ukey.yaml")
        let first = try await workspace.run("ca_outlet", "unlock", answers: ShippedAnswers.path("ca_outlet", "unlock"), key: key)
        #expect(try RunSummary(first).stop == "completed")
        let answers = try workspace.write("""
            business_check:
              business_code: {sandbox: sms}
            set_new_pin_later:
              later_new_pin: "11223344"
              later_new_pin_confirm: "11223344"
            """, to: "second.yaml")
        let second = try await workspace.run("ca_outlet", "unlock", answers: answers, key: key)
        #expect(second.exitStatus == 0, "\(second.stderrText)")
        let summary = try RunSummary(second)
        #expect(summary.stop == "completed")
        #expect(summary.steps.map(\.step) == ["insert_ukey", "business_check", "set_new_pin_later", "unlocked"])
        #expect(try String(contentsOfFile: key, encoding: .utf8).contains("pin: \"11223344\"\n"))
    }

    @Test("an authorised unlock waits for the channel's grant, then completes with its code")
    func authorisedUnlockCompletesOnceGranted() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try workspace.copyKey("locked-ukey.yaml")
        let run = try await workspace.run("icbc_bank", "unlock", answers: ShippedAnswers.path("icbc_bank", "unlock"), key: key)
        let order = try RunSummary(run).order

        let grant = try await workspace.channelflow(["unlock", "grant", order])
        #expect(grant.exitStatus == 0, "\(grant.stderrText)")
        let code = grant.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(code.count == 8 && code.allSatisfy(\.isNumber), "\(grant.stdoutText)")
        let answers = try workspace.write("""
            authorised_unlock:
              authorisation_code: "\(code)"
              authorised_new_pin: "24681357"
              authorised_new_pin_confirm: "24681357"
            """, to: "granted.yaml")
        let resumed = try await workspace.resume(order, answers: answers, key: key)
        #expect(resumed.exitStatus == 0, "\(resumed.stderrText)")
        let summary = try RunSummary(resumed)
        #expect(summary.stop == "completed")
        #expect(summary.steps.map(\.step) == ["authorised_unlock", "unlocked"])

        let shown = try await workspace.show(order)
        #expect(shown.status == "completed")
        #expect(shown.path == ["insert_ukey", "authorised_unlock", "unlocked"])
        let written = try String(contentsOfFile: key, encoding: .utf8)
        #expect(written.contains("pin: \"24681357\"\n") && written.contains("tries-left: 6\n"), "\(written)")
    }
}

import Foundation
import Testing

/// Pinned definitions: an order runs to its end on the compiled flow it started with, whatever
/// the files say by then; a new order starts on the files as they are.
@Suite("channelflow run: pinned definitions")
struct RunCommandPinningTests {
    @Test("an order started before a price change is priced from its pinned definition; a new order from the new one")
    func priceChangeDoesNotReachAStartedOrder() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let workspace = try OrderWorkspace(project: project.path)
        defer { workspace.remove() }
        let sample = try ShippedAnswers("ca_outlet", "new_certificate")
        let full = try workspace.write(sample.text, to: "full.yaml")

        // Stops before the purchase: the price is not known yet.
        let started = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write(try sample.removing(step: "purchase").text, to: "partial.yaml"))
        #expect(started.exitStatus == 1)
        let old = try RunSummary(started)
        #expect(old.stop == "needs-answers")
        #expect(old.step == "purchase")
        let pinned = try await workspace.show(old.order).definition

        // Two years of the certificate: 550.00 → 650.00 (the sample adds the 200.00 company seal).
        try project.replace("{years: 2, amount: \"550.00\"}", with: "{years: 2, amount: \"650.00\"}", in: "Flows/new_certificate.yaml")

        let resumed = try await workspace.resume(old.order, answers: full)
        #expect(resumed.exitStatus == 0, "\(resumed.stderrText)")
        #expect(try RunSummary(resumed).step == "review")
        let oldOrder = try await workspace.show(old.order)
        #expect(oldOrder.definition == pinned)
        #expect(oldOrder.payments.map(\.amountFen) == [75_000])

        // Another subject, so the open order does not block it.
        let other = try sample.replacing("uscc: 91110000600037341L", with: "uscc: 51110000500001253C")
        let fresh = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write(other.text, to: "other.yaml"))
        #expect(fresh.exitStatus == 0, "\(fresh.stderrText)")
        let newOrder = try await workspace.show(try RunSummary(fresh).order)
        #expect(newOrder.payments.map(\.amountFen) == [85_000])
        #expect(newOrder.definition != pinned)

        let catalog = try await ChannelFlowBinary.located().run(["catalog", "--json"], currentDirectory: project.path)
        #expect(catalog.stdoutText.contains("\"hash\": \"\(newOrder.definition)\""), "the new order is pinned to the edited catalog")
        #expect(!catalog.stdoutText.contains(pinned))
    }
}

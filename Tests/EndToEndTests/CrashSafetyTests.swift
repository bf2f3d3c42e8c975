import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable steps: each completed step is one SQLite transaction. For every step of the sample
/// new-certificate order the process is killed with SIGKILL at the boundary before the step, in
/// the middle of the step (inside its transaction, after the writes, before COMMIT) and at the
/// boundary after it; after each kill the order is exactly where the last commit left it and
/// `PRAGMA integrity_check` passes, and the resumed order ends as an order never killed.
@Suite("crash safety: SIGKILL at every step boundary and in the middle of every step")
struct CrashSafetyTests {
    /// The sample's steps, in order, up to the review wait.
    static let steps = [
        "choose_verification", "enterprise", "agent", "purchase", "confirm", "materials", "signature", "payment", "review",
    ]

    /// The sample order run once without a kill, as every killed order must end.
    private static let reference = Task<ShownOrder, any Error> {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let run = try await workspace.run(
            "ca_outlet", "new_certificate", answers: try workspace.write(try ShippedAnswers.newCertificate().text, to: "answers.yaml"),
            json: false)
        guard run.exitStatus == 0 else { throw ReferenceFailure(run: run) }
        return try await workspace.show(try OrderWorkspace.orderNumber(run))
    }

    private struct ReferenceFailure: Error, CustomStringConvertible {
        let run: ChannelFlowBinary.Run
        var description: String { "the reference run failed: \(run.summary)\n\(run.stderrText)" }
    }

    @Test("the reference order waits for review, paid, with every step on its path")
    func referenceRun() async throws {
        let reference = try await Self.reference.value
        #expect(reference.status == "waiting")
        #expect(reference.wait == "review")
        #expect(reference.path == Array(Self.steps.dropLast()))
        #expect(reference.version == Self.steps.count + 1)
        #expect(reference.payments == [ShownOrder.Payment(id: "PAY-ORDER-8", amountFen: 75_000, status: "paid", provider: "sandbox")])
    }

    @Test("a kill before, inside and after a step's commit loses no finished step and shows no half step", arguments: steps)
    func killedAroundAndInsideTheCommitOf(step: String) async throws {
        let index = try #require(Self.steps.firstIndex(of: step))
        let reference = try await Self.reference.value
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = try workspace.write(try ShippedAnswers.newCertificate().text, to: "answers.yaml")

        // The boundary before the step: killed right after the previous step committed. Before the
        // first step there is no step commit to stop after: an answers file with nothing for it
        // leaves the new order there.
        let started: ChannelFlowBinary.Run
        if index == 0 {
            started = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write("{}\n", to: "nothing.yaml"), json: false)
            #expect(started.exitStatus == 1, "\(started.summary)")
        } else {
            started = try await workspace.run(
                "ca_outlet", "new_certificate", answers: answers, json: false, pause: .afterCommit(Self.steps[index - 1]))
            expectKilled(started, at: .afterCommit(Self.steps[index - 1]))
        }
        let order = try OrderWorkspace.orderNumber(started)
        let before = try await workspace.show(order)
        #expect(before.status == "active")
        #expect(before.step == step)
        #expect(before.version == index + 1)
        #expect(before.path == Array(reference.path.prefix(index)), "a finished step was lost")
        #expect(reference.events.starts(with: before.events), "history differs from the reference: \(before.events)")
        try await workspace.expectSound()

        // In the middle of the step: everything it wrote is rolled back, not a row of it shows.
        let interrupted = try await workspace.resume(order, answers: answers, json: false, pause: .inCommit(step))
        expectKilled(interrupted, at: .inCommit(step))
        let during = try await workspace.show(order)
        #expect(during == before, "half of step \(step) is visible")
        try await workspace.expectSound()

        // The boundary after the step: all of it is there, and nothing of the next one.
        let committed = try await workspace.resume(order, answers: answers, json: false, pause: .afterCommit(step))
        expectKilled(committed, at: .afterCommit(step))
        let after = try await workspace.show(order)
        #expect(after.version == before.version + 1)
        #expect(after.path == Array(reference.path.prefix(index + 1)), "the finished step \(step) was lost")
        #expect(after.events.starts(with: before.events))
        #expect(after.events.contains { $0.kind == "answers_accepted" && $0.step == step })
        #expect(reference.events.starts(with: after.events), "history differs from the reference: \(after.events)")
        try await workspace.expectSound()

        // Resumed to the end, the order is the reference order: same path, answers, price,
        // payment, materials and history, nothing lost and nothing done twice.
        let finished = try await workspace.resume(order, answers: answers, json: false)
        #expect(finished.exitStatus == 0, "\(finished.summary)\n\(finished.stderrText)")
        #expect(finished.stdoutText.contains("order \(order) waits at step review for review"))
        let final = try await workspace.show(order)
        #expect(final == reference)
        #expect(final.payments.map(\.amountFen) == [75_000])
        try await workspace.expectSound()
    }

    private func expectKilled(
        _ run: ChannelFlowBinary.Run, at pause: OrderWorkspace.Pause, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.signal == SIGKILL, "\(run.summary)\n\(run.stderrText)", sourceLocation: sourceLocation)
        #expect(run.stderrText.hasSuffix(pause.marker), "\(run.stderrText)", sourceLocation: sourceLocation)
    }
}

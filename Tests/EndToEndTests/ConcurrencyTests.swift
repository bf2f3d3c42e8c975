import FlowBench
import Foundation
import Testing

/// Several `channelflow` processes on one database file: SQLite's single writer queues them on
/// the busy timeout (`BEGIN IMMEDIATE`), so nothing is lost, no user sees "database is locked",
/// and the database's guards hold across processes.
@Suite("concurrency: many processes on one database")
struct ConcurrencyTests {
    private static let path = ["choose_verification", "enterprise", "agent", "purchase", "confirm", "materials", "signature", "payment"]

    /// A run and when it ended, to tell which runs overlapped.
    private struct TimedRun: Sendable {
        var uscc: String
        var run: ChannelFlowBinary.Run
        var ended: ContinuousClock.Instant

        var started: ContinuousClock.Instant { ended - run.wallTime }

        func overlaps(_ other: TimedRun) -> Bool { started < other.ended && other.started < ended }
    }

    /// The sample answers for an order of its own: its own subject, and its own agent mobile,
    /// since the sandbox hands `{sandbox: sms}` the newest code sent to a number whichever order
    /// it was sent for (``sandboxCodesAreReadPerOrder()``).
    private static func answers(_ serial: Int) throws -> ShippedAnswers {
        try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(serial))
            .replacing("\"13912345678\"", with: "\"139\(String(format: "%08d", serial))\"")
    }

    @Test("two processes × 15 orders on one new database: every order complete, nothing locked")
    func twoProcessesRunManyOrders() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let perProcess = 15
        var batches: [[(uscc: String, answers: String)]] = []
        for process in 0..<2 {
            batches.append(try (0..<perProcess).map { number in
                let serial = process * perProcess + number
                return (SyntheticUSCC.make(serial), try workspace.write(try Self.answers(serial).text, to: "answers-\(serial).yaml"))
            })
        }
        // Each side runs its orders one after another, so two processes are at work at any time;
        // the database file does not exist before the first two open it together.
        @Sendable func runAll(_ batch: [(uscc: String, answers: String)]) async throws -> [TimedRun] {
            var runs: [TimedRun] = []
            for order in batch {
                let run = try await workspace.run("ca_outlet", "new_certificate", answers: order.answers, json: false)
                runs.append(TimedRun(uscc: order.uscc, run: run, ended: .now))
            }
            return runs
        }
        async let first = runAll(batches[0])
        async let second = runAll(batches[1])
        let (left, right) = try await (first, second)
        let runs = left + right

        var numbers: [String: String] = [:]
        for timed in runs {
            let run = timed.run
            #expect(run.exitStatus == 0, "\(timed.uscc): \(run.summary)\n\(run.stderrText)")
            #expect(!run.stderrText.lowercased().contains("locked") && !run.stderrText.lowercased().contains("busy"), "\(run.stderrText)")
            numbers[timed.uscc] = try OrderWorkspace.orderNumber(run)
        }
        let overlapping = left.filter { run in right.contains(where: run.overlaps) }.count
        #expect(overlapping > 0, "the two processes never ran at the same time")

        let listed = try await workspace.orders()
        #expect(listed.count == 2 * perProcess)
        #expect(Set(listed.compactMap(\.subject)) == Set(numbers.keys))
        for (uscc, order) in numbers {
            let shown = try await workspace.show(order)
            #expect(shown.subject == uscc)
            expectWaitingForReview(shown, order)
        }
        try await workspace.expectSound()
    }

    /// Both processes race through the steps up to `materials`, whose entry does nothing outside
    /// the database; a third run finishes the order. (The race stops there because a step that
    /// loses the race has already sent its SMS: the order would then check one code while the
    /// sandbox shows the loser's newer one.)
    @Test("two processes resuming one order at once: every step applied once, the other told it changed", arguments: 0..<3)
    func oneOrderResumedTwice(round: Int) async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let full = try ShippedAnswers.newCertificate()
        let raced = Array(Self.path.prefix { $0 != "materials" })
        let untilMaterials = try ["materials", "signature", "payment"].reduce(full) { try $0.removing(step: $1) }
        let racedAnswers = try workspace.write(untilMaterials.text, to: "until-materials.yaml")
        let started = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write("{}\n", to: "nothing.yaml"), json: false)
        let order = try OrderWorkspace.orderNumber(started)
        async let first = workspace.resume(order, answers: racedAnswers, json: false)
        async let second = workspace.resume(order, answers: racedAnswers, json: false)
        let runs = try await [first, second]

        // Each run either got to the end of its answers or read the order before the other's
        // commit and was told so, committing nothing.
        let reachedMaterials = "order \(order) stopped at step materials"
        #expect(runs.contains { $0.stderrText.contains(reachedMaterials) }, "\(runs.map(\.stderrText))")
        for run in runs {
            #expect(run.exitStatus == 1, "\(run.summary)")
            let refusals = [reachedMaterials, "order \(order) changed since it was read", "order \(order) is at step"]
            #expect(refusals.contains { run.stderrText.contains($0) }, "\(run.stderrText)")
            #expect(!run.stderrText.lowercased().contains("locked") && !run.stderrText.lowercased().contains("busy"), "\(run.stderrText)")
        }
        let raceOver = try await workspace.show(order)
        #expect(raceOver.step == "materials" && raceOver.path == raced)
        #expect(raceOver.version == raced.count + 1)
        #expect(raceOver.steps(of: "step_completed") == raced)
        #expect(raceOver.steps(of: "answers_accepted") == raced)

        let finished = try await workspace.resume(order, answers: try workspace.write(full.text, to: "answers.yaml"), json: false)
        #expect(finished.exitStatus == 0, "\(finished.stderrText)")
        expectWaitingForReview(try await workspace.show(order), order)
        try await workspace.expectSound()
    }

    @Test("two processes applying for one subject at once: one goes on, the other is told the winner's order", arguments: 0..<4)
    func subjectGuardRace(round: Int) async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let uscc = SyntheticUSCC.make(1_000 + round)
        let answers = try workspace.write(try ShippedAnswers.newCertificate(uscc: uscc).text, to: "answers.yaml")
        // One side speaks English, the other Chinese, so either language of the refusal is checked.
        async let english = workspace.run("ca_outlet", "new_certificate", answers: answers, json: false)
        async let chinese = workspace.run("ca_outlet", "new_certificate", answers: answers, json: false, language: "zh")
        let runs = try await [(run: english, zh: false), (run: chinese, zh: true)]

        let winners = runs.filter { $0.run.exitStatus == 0 }
        let losers = runs.filter { $0.run.exitStatus == 1 }
        try #require(winners.count == 1 && losers.count == 1, "\(runs.map { "\($0.run.summary)\n\($0.run.stderrText)" })")
        let (winner, loser) = (winners[0], losers[0])
        let winnerOrder = try OrderWorkspace.orderNumber(winner.run)
        let loserOrder = try OrderWorkspace.orderNumber(loser.run)
        let refusal = loser.zh
            ? "该主体（\(uscc)）存在未完成订单 \(winnerOrder)，请先完成或取消该订单（channelflow cancel \(winnerOrder)）"
            : "order \(winnerOrder) is still open for this subject (\(uscc)); finish or cancel it first (channelflow cancel \(winnerOrder))"
        #expect(loser.run.stderrText.contains(refusal), "\(loser.run.stderrText)")
        #expect(!loser.run.stderrText.lowercased().contains("locked"))

        let won = try await workspace.show(winnerOrder)
        #expect(won.status == "waiting" && won.path == Self.path)
        let lost = try await workspace.show(loserOrder)
        #expect(lost.status == "active" && lost.step == "enterprise" && lost.path == ["choose_verification"])
        #expect(!lost.events.contains { $0.kind == "answers_accepted" && $0.step == "enterprise" })
        try await workspace.expectSound()
    }

    /// Two orders of one agent at the signature step side by side: each must check the code sent
    /// for it, although the newest code sent to that mobile is the second order's.
    @Test("two orders of one agent side by side each read their own sandbox SMS code")
    func sandboxCodesAreReadPerOrder() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        var orders: [(order: String, answers: String)] = []
        for serial in [2_000, 2_001] {
            let answers = try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(serial))
            let untilSignature = try answers.removing(step: "signature").removing(step: "payment")
            let run = try await workspace.run(
                "ca_outlet", "new_certificate", answers: try workspace.write(untilSignature.text, to: "until-\(serial).yaml"), json: false)
            #expect(run.stderrText.contains("stopped at step signature"), "\(run.stderrText)")
            orders.append((try OrderWorkspace.orderNumber(run), try workspace.write(answers.text, to: "answers-\(serial).yaml")))
        }
        let resumed = try await workspace.resume(orders[0].order, answers: orders[0].answers, json: false)
        #expect(resumed.exitStatus == 0, "\(resumed.stderrText)")
    }

    /// The sample order finished: waiting for review with every step of its path completed once,
    /// and paid once.
    private func expectWaitingForReview(_ shown: ShownOrder, _ order: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(shown.status == "waiting" && shown.wait == "review", "\(order): \(shown.status) at \(shown.step)", sourceLocation: sourceLocation)
        #expect(shown.path == Self.path, "\(order)", sourceLocation: sourceLocation)
        #expect(shown.version == Self.path.count + 2, sourceLocation: sourceLocation)
        #expect(shown.steps(of: "step_completed") == Self.path, sourceLocation: sourceLocation)
        #expect(shown.payments.map(\.amountFen) == [75_000], sourceLocation: sourceLocation)
    }
}

import FlowDomain
import FlowEngine
import FlowModel
import FlowStore
import Testing

@Suite("FlowEngine: review deadlines from the working-day calendar")
struct ReviewDeadlineTests {
    private func date(_ text: String) throws -> CivilDate { try #require(CivilDate(iso8601: text)) }

    @Test("submit_review records the day and the deadline of the flow's review rule")
    func deadlineOfANewCertificate() async throws {
        let test = try TestEngine()
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case .waiting("review", "review") = stop else { Issue.record("stopped with \(stop)"); return }
        let view = try test.engine.show(order)
        let review = try #require(view.review)
        #expect(review.submitted == (try date("2026-11-25")))
        #expect(review.due == .known(received: try date("2026-11-25"), earliest: try date("2026-11-26"), latest: try date("2026-11-26")))
        let action = try #require(view.events.first { $0.kind == "action" && $0.detail.contains("submit_review") })
        #expect(action.detail.contains("\"due\":\"2026-11-26\"") && action.detail.contains("\"working_days\":\"1\""), "\(action.detail)")
    }

    @Test("a deadline in a year without calendar is unknown with the reason, and known once the year is added")
    func unknownUntilTheYearIsAdded() async throws {
        let lastDay = try #require(FixedClock(iso8601: "2026-12-31T10:00:00+08:00"))
        let test = try TestEngine(clock: lastDay)
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case .waiting("review", _) = stop else { Issue.record("stopped with \(stop)"); return }
        let unknown = try #require(try test.engine.show(order).review)
        #expect(unknown.due == .unknown(.missingYear(2027)))
        #expect(unknown.summary == "unknown: no calendar for 2027")
        let march = try date("2027-03-01")
        #expect(!unknown.isOverdue(on: march))

        let newYear = HolidayBlock(name: DomainMessage(zh: "元旦", en: "New Year's Day"), from: try date("2027-01-01"), to: try date("2027-01-03"))
        let with2027 = WorkingCalendar(Array(ShippedCatalog.calendar.years.values) + [CalendarYear(year: 2027, holidays: [newYear], makeUpDays: [])])
        let known = try #require(try test.later(calendar: with2027).show(order).review)
        #expect(known.due == .known(received: try date("2026-12-31"), earliest: try date("2027-01-04"), latest: try date("2027-01-04")))
        let (after, dueDay) = (try date("2027-01-05"), try date("2027-01-04"))
        #expect(known.isOverdue(on: after) && !known.isOverdue(on: dueDay))
    }

    @Test("a review range spans the Spring Festival and its make-up days")
    func rangeAcrossTheSpringFestival() async throws {
        let rule = ReviewRule(minWorkingDays: Located(synthesized: 3), maxWorkingDays: Located(synthesized: 5))
        let deadline = ReviewDeadline(submitted: try date("2026-02-12"), rule: rule, calendar: ShippedCatalog.calendar)
        #expect(deadline.due == .known(received: try date("2026-02-12"), earliest: try date("2026-02-24"), latest: try date("2026-02-26")))
        #expect(deadline.workingDays == "3-5")
        #expect(deadline.summary == "2026-02-24..2026-02-26")
    }

    @Test("auto-approve approves at once, as a decision of the rule, and the order moves on")
    func autoApproval() async throws {
        var entry = try ShippedCatalog.entry("ca_outlet", "new_certificate")
        entry.flow.review = ReviewRule(
            minWorkingDays: Located(synthesized: 1), maxWorkingDays: Located(synthesized: 1),
            autoApprove: Located(synthesized: "legal_rep_participates"))
        let test = try TestEngine()
        let started = try await test.engine.start(entry)
        let stop = await test.engine.advance(started.order, with: SampleAnswers.newCertificate()) { _ in }
        guard case .completed = stop else { Issue.record("stopped with \(stop)"); return }
        let view = try test.engine.show(started.order)
        #expect(view.path.suffix(2) == ["review", "issued"])
        #expect(view.review == nil)
        let decision = try #require(view.decisions.first)
        #expect(view.decisions.count == 1)
        #expect(decision.verdict == .approved && decision.by == ReviewDecision.autoApprover)
        #expect(decision.reason == "auto-approve: legal_rep_participates")
    }
}

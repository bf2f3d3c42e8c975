import Foundation
import Testing

/// Replays the official YAML test suite (issue "Foundation") through the event reader and the
/// loader. Every case passes or is listed in `KnownDeviations` with a reason that matches how it
/// fails: no silent skips, and no stale entries.
@Suite struct ConformanceTests {
    /// What libyaml 0.2.5 is credited with at the event level; the wrapper must not fall below it.
    static let libyamlBaseline = 326

    @Test func fixturesHoldTheWholeSuiteWithItsLicense() throws {
        let cases = try SuiteCase.all()
        // 352 folders; cases with variants count once per variant.
        #expect(cases.count == 402)
        #expect(cases.filter(\.isError).count == 94)
        #expect(cases.filter { $0.json != nil }.count == 282)
        let license = SuiteCase.root.appendingPathComponent("LICENSE").path
        #expect(FileManager.default.fileExists(atPath: license))
    }

    @Test func deviationTableNamesEachRealCaseOnce() throws {
        let ids = Set(try SuiteCase.all().map(\.id))
        var seen: Set<String> = []
        for deviation in KnownDeviations.all {
            let isFirst = seen.insert(deviation.id).inserted
            let isCase = ids.contains(deviation.id)
            #expect(isFirst, "\(deviation.id) is listed twice")
            #expect(isCase, "\(deviation.id) names no case of the suite")
            #expect(!deviation.note.isEmpty, "\(deviation.id) needs a note")
        }
    }

    // One test over all cases rather than `@Test(arguments:)`: 402 argument lines in every
    // `swift test` run would bury the rest; each issue names its case instead.
    @Test func everyCasePassesOrIsListedWithItsReason() throws {
        for suiteCase in try SuiteCase.all() {
            let outcome = CaseOutcome(replaying: suiteCase)
            let listed = KnownDeviations.byID[suiteCase.id]
            switch (outcome.failure, listed) {
            case (nil, nil):
                break
            case let (nil, deviation?):
                Issue.record("\(suiteCase) passes but is listed as \"\(deviation.reason.rawValue)\": remove the entry")
            case let (failure?, nil):
                Issue.record("\(suiteCase) fails and is not listed: \(failure)")
            case let (failure?, deviation?):
                #expect(
                    deviation.reason.explains(failure),
                    "\(suiteCase) is listed as \"\(deviation.reason.rawValue)\" but fails otherwise: \(failure)"
                )
            }
        }
    }

    @Test func wrapperDoesAtLeastAsWellAsLibyaml() throws {
        let summary = SuiteSummary(try SuiteCase.all().map(CaseOutcome.init(replaying:)))
        for line in summary.lines { print(line) }
        #expect(summary.total == 402)
        #expect(summary.passed + KnownDeviations.all.count == summary.total)
        // Restrictions are the loader's choices on input libyaml reads right, so they count here;
        // `passed` alone is lower by exactly those cases.
        #expect(summary.rightAtEventLevel >= Self.libyamlBaseline)
        #expect(summary.rightAtEventLevel >= summary.libyamlAlone)
    }
}

import FlowDomain
import Testing

struct CivilDateTests {
    @Test(arguments: [
        (2000, 2, 29, true), (1900, 2, 29, false), (1996, 2, 29, true), (2001, 2, 29, false),
        (2026, 4, 31, false), (2026, 12, 31, true), (2026, 13, 1, false), (2026, 0, 1, false),
        (0, 1, 1, false), (1, 1, 1, true), (2026, 1, 0, false),
    ])
    func existence(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test func orderingAndDescription() throws {
        let earlier = try #require(CivilDate(year: 1999, month: 12, day: 31))
        let later = try #require(CivilDate(year: 2000, month: 1, day: 1))
        #expect(earlier < later)
        #expect(earlier.description == "1999-12-31")
        #expect(try #require(CivilDate(year: 5, month: 3, day: 7)).description == "0005-03-07")
    }

    @Test func todayInShanghaiIsAPlausibleDate() throws {
        let today = CivilDate.todayInShanghai()
        #expect(today > (try #require(CivilDate(year: 2025, month: 1, day: 1))))
        #expect(CivilDate(year: today.year, month: today.month, day: today.day) == today)
    }
}

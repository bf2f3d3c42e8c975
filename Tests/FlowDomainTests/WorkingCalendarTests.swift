import FlowDomain
import Testing

@Suite struct WorkingCalendarTests {
    private func date(_ text: String) throws -> CivilDate { try #require(CivilDate(iso8601: text)) }

    @Test func fixturesAreThere() {
        #expect(CalendarFixtures.years.map(\.year) == [2025, 2026])
        #expect(CalendarFixtures.deadlines.count == 12)
    }

    /// Every row of the reference's deadline table, across the Spring Festival, Labour Day, the
    /// National Day make-up days and the missing 2027.
    @Test(arguments: CalendarFixtures.deadlines)
    func deadlineTable(_ row: CalendarFixtures.Deadline) throws {
        let calendar = CalendarFixtures.calendar
        if let expected = row.deadline {
            #expect(try calendar.deadline(submittedOn: row.submitted, workingDays: row.workingDays) == expected, "\(row.why)")
        } else {
            let year = try #require(row.missingYear)
            #expect(throws: CalendarError.missingYear(year)) {
                try calendar.deadline(submittedOn: row.submitted, workingDays: row.workingDays)
            }
        }
    }

    @Test(arguments: CalendarFixtures.years)
    func yearCounts(_ fixture: CalendarFixtures.Year) throws {
        #expect(fixture.daysOff.count == fixture.daysOffCount)
        #expect(fixture.makeUpDays.count == fixture.makeUpCount)
        // The next year, even without a day off, says that late December has no New Year block.
        let calendar = WorkingCalendar(CalendarFixtures.years.map(\.calendarYear) + [CalendarYear(year: fixture.year + 1, holidays: [], makeUpDays: [])])
        var day = try #require(CivilDate(year: fixture.year, month: 1, day: 1))
        var working = 0
        while day.year == fixture.year {
            if try calendar.isWorkingDay(day) { working += 1 }
            #expect(try calendar.isWorkingDay(day) == (fixture.makeUpDays.contains(day) || (!day.isWeekend && !fixture.daysOff.contains(day))), "\(day)")
            day = day.adding(days: 1)
        }
        #expect(working == fixture.workingDays)
    }

    @Test func makeUpDaysAreWorkingDaysAndHolidayWeekdaysAreNot() throws {
        let calendar = CalendarFixtures.calendar
        #expect(try calendar.isWorkingDay(date("2026-02-14")))
        #expect(try !calendar.isWorkingDay(date("2026-02-16")))
        #expect(try !calendar.isWorkingDay(date("2026-09-19")))
        #expect(try calendar.isWorkingDay(date("2026-10-10")))
        #expect(try calendar.isWorkingDay(date("2025-10-11")))
        #expect(try !calendar.isWorkingDay(date("2025-10-08")))
    }

    @Test func receivedDayIsTheNextWorkingDayWhenSubmittedOnADayOff() throws {
        let calendar = CalendarFixtures.calendar
        #expect(try calendar.receivedDay(submittedOn: date("2026-03-07")) == date("2026-03-09"))
        #expect(try calendar.receivedDay(submittedOn: date("2026-02-15")) == date("2026-02-24"))
        #expect(try calendar.receivedDay(submittedOn: date("2026-02-14")) == date("2026-02-14"))
    }

    @Test func aYearWithoutDataIsNeverGuessed() throws {
        let calendar = CalendarFixtures.calendar
        #expect(throws: CalendarError.missingYear(2027)) { try calendar.isWorkingDay(date("2027-01-04")) }
        #expect(throws: CalendarError.missingYear(2024)) { try calendar.deadline(submittedOn: date("2024-12-02"), workingDays: 1) }
        #expect(throws: CalendarError.missingYear(2027)) { try calendar.workingDay(300, after: date("2026-01-05")) }
        #expect(throws: CalendarError.missingYear(2026)) { try WorkingCalendar.empty.isWorkingDay(date("2026-06-01")) }
    }

    /// A New Year block may reach back into the last week of December (the 2019 notice gave Monday
    /// 2018-12-31 off), so those days wait for the next year's data.
    @Test func lateDecemberWaitsForTheNextYear() throws {
        let calendar = CalendarFixtures.calendar
        #expect(try calendar.isWorkingDay(date("2026-12-24")))
        #expect(throws: CalendarError.missingYear(2027)) { try calendar.isWorkingDay(date("2026-12-25")) }
        #expect(throws: CalendarError.missingYear(2027)) { try calendar.deadline(submittedOn: date("2026-12-23"), workingDays: 2) }
        #expect(try calendar.isWorkingDay(date("2025-12-31")))
    }

    @Test func aBlockReachingBackIntoDecemberCountsThere() throws {
        let newYear = HolidayBlock(name: DomainMessage(zh: "元旦", en: "New Year's Day"), from: try date("2018-12-30"), to: try date("2019-01-01"))
        let calendar = WorkingCalendar([
            CalendarYear(year: 2018, holidays: [], makeUpDays: []),
            CalendarYear(year: 2019, holidays: [newYear], makeUpDays: [MakeUpDay(date: try date("2018-12-29"), holiday: "元旦")]),
        ])
        #expect(try !calendar.isWorkingDay(date("2018-12-31")))
        #expect(try calendar.isWorkingDay(date("2018-12-29")))
        #expect(try calendar.deadline(submittedOn: date("2018-12-28"), workingDays: 1) == date("2018-12-29"))
        #expect(try calendar.deadline(submittedOn: date("2018-12-29"), workingDays: 1) == date("2019-01-02"))
    }

    @Test func zeroWorkingDaysIsTheReceivedDayAndNegativeCountsAreRefused() throws {
        let calendar = CalendarFixtures.calendar
        #expect(try calendar.deadline(submittedOn: date("2026-05-02"), workingDays: 0) == date("2026-05-06"))
        #expect(throws: CalendarError.negativeCount(-1)) { try calendar.deadline(submittedOn: date("2026-05-06"), workingDays: -1) }
    }

    @Test func messagesNameTheYearInBothLanguages() {
        #expect(CalendarError.missingYear(2027).message.en == "no calendar for 2027")
        #expect(CalendarError.missingYear(2027).message.zh == "没有 2027 年的日历")
    }

    @Test(arguments: [("2026-11-23", 1), ("2026-11-28", 6), ("2026-11-29", 7), ("1970-01-01", 4), ("1969-12-31", 3), ("2000-02-29", 2)])
    func weekdays(_ text: String, _ weekday: Int) throws {
        #expect(try date(text).weekday == weekday)
    }
}

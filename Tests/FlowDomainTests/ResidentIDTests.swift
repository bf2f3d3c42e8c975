import FlowDomain
import Testing

struct ResidentIDTests {
    @Test func standardExampleIsAccepted() throws {
        let id = try #require(ResidentID("11010519491231002X", today: fixedToday()))
        #expect(id.birthDate == CivilDate(year: 1949, month: 12, day: 31))
        #expect(id.unmaskedValue == "11010519491231002X")
    }

    @Test(arguments: [
        ("11010519491231002", IdentifierReason.length),
        ("110101900307001", .legacy15),
        ("11010119900307001x", .charset),
        ("1101011990030700１1", .charset),  // full-width digit
        ("910101199003070015", .region),
        ("110101190002290015", .date),      // 1900 is not a leap year
        ("110101189912310015", .dateMin),
        ("110101209901010017", .future),
        ("110101199003070010", .checksum),
    ])
    func rejections(value: String, reason: IdentifierReason) throws {
        let check = IdentifierKind.residentID.validateStrictly(value, today: try fixedToday())
        #expect(check.verdict == .reject)
        #expect(check.rejection == reason)
    }

    @Test func leapDay2000Exists() throws {
        // Only the date matters here: the check character decides the rest.
        let check = IdentifierKind.residentID.validateStrictly("110101200002290010", today: try fixedToday())
        #expect(check.rejection != .date)
    }

    @Test func birthOnTodayIsAcceptedAndTomorrowIsFuture() throws {
        let number = "110101202511250016"
        let today = try #require(CivilDate(year: 2025, month: 11, day: 25))
        let yesterday = try #require(CivilDate(year: 2025, month: 11, day: 24))
        #expect(IdentifierKind.residentID.validateStrictly(number, today: today).rejection != .future)
        #expect(IdentifierKind.residentID.validateStrictly(number, today: yesterday).rejection == .future)
    }

    @Test func legacy15IsRejectedButConvertible() throws {
        #expect(ResidentID("110101900307001", today: try fixedToday()) == nil)
        let upgraded = try #require(ResidentID(upgradingLegacy15: "110101900307001", today: fixedToday()))
        #expect(upgraded.unmaskedValue == "110101199003070011")
        #expect(ResidentID(upgradingLegacy15: "11010119900307001X", today: try fixedToday()) == nil)
    }

    @Test func normalisationUpperCasesXAndRemovesSeparators() throws {
        let id = try #require(ResidentID(" 320102-19880808-004x ", today: fixedToday()))
        #expect(id.unmaskedValue == "32010219880808004X")
    }

    @Test func permitNumbersAreNotResidentIDs() throws {
        #expect(ResidentID("820000199001010029", today: try fixedToday()) == nil)
    }

    @Test func masksFirstThreeAndLastFour() throws {
        let id = try #require(ResidentID("110101199003070011", today: fixedToday()))
        #expect(id.masked == "110***********0011")
        #expect("\(id)" == "110***********0011")
    }
}

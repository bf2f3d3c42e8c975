public import FlowDomain
public import FlowYAML

/// A calendar file as written, every value with its place, for positioned checks. Dates are kept
/// as their text; ``CalendarChecks`` reads them.
public struct CalendarFile: Sendable {
    public var year: Located<Int>?
    /// The notice's title and the day it was published, as written.
    public var sourceTitle: String?
    public var published: String?
    public var holidays: [Holiday]
    public var workdays: [Workday]

    /// A block of days off as written.
    public struct Holiday: Sendable {
        public var nameZh: Located<String>?
        public var nameEn: Located<String>?
        public var from: Located<String>?
        public var to: Located<String>?
    }

    /// A make-up working day as written.
    public struct Workday: Sendable {
        public var date: Located<String>?
        public var holiday: Located<String>?
    }

    /// Reads a calendar from its file's root node. Shape problems are the schema check's to report;
    /// this keeps whatever can be read. Nil when the root is no mapping.
    public static func decode(_ root: YAMLNode) -> CalendarFile? {
        guard root.mapping != nil else { return nil }
        let reader = NodeReader(root, CalendarSchema.file)
        let source = reader.child("source").map { NodeReader($0, CalendarSchema.sourceSchema) }
        return CalendarFile(
            year: reader.int("year"), sourceTitle: source?.string("title")?.value, published: source?.string("published")?.value,
            holidays: reader.list("holidays").map { node in
                let item = NodeReader(node, CalendarSchema.holidaySchema)
                return Holiday(nameZh: item.string("name_zh"), nameEn: item.string("name_en"), from: item.string("from"), to: item.string("to"))
            },
            workdays: reader.list("workdays").map { node in
                let item = NodeReader(node, CalendarSchema.workdaySchema)
                return Workday(date: item.string("date"), holiday: item.string("holiday"))
            })
    }

    /// The year as calendar data, or nil while any part of it cannot be read.
    public var calendarYear: CalendarYear? {
        guard let year else { return nil }
        var blocks: [HolidayBlock] = []
        for holiday in holidays {
            guard let zh = holiday.nameZh?.value, let en = holiday.nameEn?.value,
                  let from = holiday.from.flatMap(Self.date), let to = holiday.to.flatMap(Self.date), from <= to else { return nil }
            blocks.append(HolidayBlock(name: DomainMessage(zh: zh, en: en), from: from, to: to))
        }
        var makeUpDays: [MakeUpDay] = []
        for workday in workdays {
            guard let date = workday.date.flatMap(Self.date), let holiday = workday.holiday?.value else { return nil }
            makeUpDays.append(MakeUpDay(date: date, holiday: holiday))
        }
        return CalendarYear(year: year.value, holidays: blocks, makeUpDays: makeUpDays)
    }

    static func date(_ text: Located<String>) -> CivilDate? {
        CivilDate(iso8601: text.value)
    }
}

import FlowDiagnostics
import FlowDomain
import FlowModel

/// Review deadlines are computed from the working-day calendar and never guessed: an order whose
/// deadline reaches a year without a calendar file is accepted with its deadline unknown. So when
/// calendar files are linted, the longest review of any (channel, flow) pair, submitted today,
/// must end within the years they cover; otherwise it is time to add the next year's file. Late
/// December counts as the next year's, whose New Year block may reach back into it.
struct CalendarCoverageRule: LintRule {
    let id = "calendar-coverage"
    let summary = LocalizedMessage(
        en: "the calendar files must cover the longest review that starts today",
        zh: "日历文件须覆盖今天开始的最长审核期")
    let severity = Severity.warning
    let examples: [RuleExample] = [
        RuleExample(.passes, files: [("Flows/demo.yaml", reviewFlow(marked: "")), ("Calendars/2026.yaml", calendar)], today: CivilDate(year: 2026, month: 11, day: 25)),
        RuleExample(.fails, files: [
            ("Flows/demo.yaml", reviewFlow(marked: "                              ↓\n")), ("Calendars/2026.yaml", calendar),
        ], today: CivilDate(year: 2026, month: 12, day: 18)),
    ]

    private static func reviewFlow(marked marker: String) -> String {
        """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        review:
        \(marker)  working-days: {min: 3, max: 5}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """
    }

    private static let calendar = """
    schema: cn-workdays/v1
    year: 2026
    source: {title: 国务院办公厅关于2026年部分节假日安排的通知, published: 2025-11-04}
    holidays:
      - {name_zh: 国庆节, name_en: National Day, from: 2026-10-01, to: 2026-10-07}
    workdays:
      - {date: 2026-10-10, holiday: 国庆节}
    """

    func check(_ context: LintContext) -> [Diagnostic] {
        guard !context.project.calendars.isEmpty else { return [] }
        let reviews = context.catalog.entries.isEmpty ? context.flows.compactMap(\.review) : context.catalog.entries.compactMap(\.flow.review)
        guard let longest = reviews.max(by: { $0.maxWorkingDays.value < $1.maxWorkingDays.value }) else { return [] }
        let days = longest.maxWorkingDays
        let today = context.today
        let year: Int
        do {
            _ = try context.project.calendar.deadline(submittedOn: today, workingDays: days.value)
            return []
        } catch {
            switch error {
            case let .missingYear(missing): year = missing
            // A negative number of working days is the schema's to report.
            case .negativeCount: return []
            }
        }
        return [diagnostic(at: days.path, days.range, LocalizedMessage(
            en: "a review of \(days.value) working days submitted today (\(today)) needs the calendar of \(year), "
                + "which no calendar file holds: such orders get an unknown deadline; add Calendars/\(year).yaml from the State Council's notice",
            zh: "今天（\(today)）提交的 \(days.value) 个工作日审核需要 \(year) 年的日历，但没有该年的日历文件：此类订单的审核期限将为未知；"
                + "请根据国务院办公厅通知添加 Calendars/\(year).yaml"))]
    }
}

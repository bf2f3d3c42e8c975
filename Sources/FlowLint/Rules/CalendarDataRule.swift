import FlowDiagnostics
import FlowModel

/// The working-day calendar is data the deadlines rest on, so its files follow the loader rules of
/// the domain reference: the file is named after its year and its dates lie in it (a New Year block
/// and its make-up day may reach back into 25–31 December of the year before); blocks run forwards
/// and do not overlap; make-up days are Saturdays or Sundays, never days off, and name a holiday
/// of the file; no date and no year is listed twice.
struct CalendarDataRule: CalendarRule {
    let issueKind = CalendarIssue.Kind.calendarData
    let summary = LocalizedMessage(
        en: "calendar files must hold one consistent year of days off and make-up working days",
        zh: "日历文件必须是一年内前后一致的放假日与调休上班日")
    let severity = Severity.error
    let examples: [RuleExample] = [
        RuleExample(.passes, files: [("Calendars/2026.yaml", """
        schema: cn-workdays/v1
        year: 2026
        source: {title: 国务院办公厅关于2026年部分节假日安排的通知, published: 2025-11-04}
        holidays:
          - {name_zh: 中秋节, name_en: Mid-Autumn Festival, from: 2026-09-25, to: 2026-09-27}
          - {name_zh: 国庆节, name_en: National Day, from: 2026-10-01, to: 2026-10-07}
        workdays:
          - {date: 2026-09-20, holiday: 国庆节}
          - {date: 2026-10-10, holiday: 国庆节}
        """)]),
        RuleExample(.fails, files: [("Calendars/2026.yaml", """
        schema: cn-workdays/v1
        year: 2026
        source: {title: 国务院办公厅关于2026年部分节假日安排的通知, published: 2025-11-04}
        holidays:
          - name_zh: 国庆节
            name_en: National Day
            from: 2026-10-01
            to: 2026-10-07
          - name_zh: 中秋节
            name_en: Mid-Autumn Festival
                  ↓
            from: 2026-10-06
            to: 2026-10-08
        workdays:
                  ↓
          - date: 2026-09-21
            holiday: 国庆节
          - date: 2026-10-10
                     ↓
            holiday: 国庆
        """)]),
        RuleExample(.fails, files: [("Calendars/2025.yaml", """
        schema: cn-workdays/v1
              ↓
        year: 2026
        source: {title: 国务院办公厅关于2026年部分节假日安排的通知, published: 2025-11-04}
        holidays:
          - name_zh: 元旦
            name_en: New Year's Day
            from: 2026-01-01
            to: 2026-01-03
        workdays:
                  ↓
          - date: 2025-12-28
            holiday: 元旦
        """)]),
    ]
}

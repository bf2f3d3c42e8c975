import FlowDiagnostics

/// The schema of a working-day calendar file (`Calendars/YYYY.yaml`, `schema: cn-workdays/v1`):
/// one year's notice of the State Council General Office on holiday arrangements.
public enum CalendarSchema {
    private typealias P = ObjectSchema.Property
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    /// The value of `schema:` this version reads.
    public static let version = "cn-workdays/v1"

    /// The whole calendar file.
    public static let file = ObjectSchema(name: "calendar", summary: text("One year's days off and make-up working days.", "一年的放假日与调休上班日。"), properties: [
        P("schema", .word([version]), required: true, text("The calendar format, \(version).", "日历格式，\(version)。")),
        P("year", .integer(minimum: 1900, maximum: 9999), required: true, text("The year of the notice; the file is named after it.", "通知所属年份；文件以此命名。")),
        P("source", .object(sourceSchema), required: true, text("The notice the data comes from.", "数据所依据的通知。")),
        P("holidays", .list(.object(holidaySchema)), required: true, text("Every block of days off, weekends included.", "全部放假时段（含周末）。")),
        P("workdays", .list(.object(workdaySchema)), required: true, text("The make-up working days (Saturdays or Sundays).", "调休上班日（周六或周日）。")),
    ])

    static let sourceSchema = ObjectSchema(name: "source", summary: text("The notice.", "通知。"), properties: [
        P("title", .string(.text), required: true, text("The notice's title.", "通知标题。")),
        P("doc_no", .string(.text), text("The document number, when confirmed.", "文号（已确认时）。")),
        P("published", .string(.date), required: true, text("The day it was published.", "发布日期。")),
        P("url", .string(.text), text("Where it was published.", "发布地址。")),
    ])

    static let holidaySchema = ObjectSchema(name: "holiday", summary: text("A block of days off.", "放假时段。"), properties: [
        P("name_zh", .string(.text), required: true, text("The holiday's Chinese name.", "节日中文名称。")),
        P("name_en", .string(.text), required: true, text("The holiday's English name.", "节日英文名称。")),
        P("from", .string(.date), required: true, text("The first day off.", "放假首日。")),
        P("to", .string(.date), required: true, text("The last day off.", "放假末日。")),
    ])

    static let workdaySchema = ObjectSchema(name: "workday", summary: text("A make-up working day.", "调休上班日。"), properties: [
        P("date", .string(.date), required: true, text("The Saturday or Sunday that is a working day.", "调为上班的周六或周日。")),
        P("holiday", .string(.text), required: true, text("The name_zh of the holiday it makes up for.", "所调休节日的 name_zh。")),
    ])
}

import ArgumentParser
import FlowDiagnostics
import FlowDomain
import FlowModel

/// `channelflow calendar show YEAR`: the year's blocks of days off and its make-up working days.
struct CalendarShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "List a year's days off and make-up working days. 列出一年的放假日与调休上班日。",
        discussion: "Exit status: 0 when the year has a calendar file; 1 when it has none or the files have errors.")

    @Argument(help: "The year, e.g. 2026. 年份。") var year: Int
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @Option(help: ArgumentHelp("Where Calendars/ is (default: the current folder). 日历目录所在目录。", valueName: "dir"))
    var project: String = "."
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let loaded = try ProjectCalendar(project: project)
            guard let data = loaded.calendar.years[year] else {
                let reason = CalendarError.missingYear(year).message
                throw CommandFailure(.inputErrors, LocalizedMessage(
                    en: "\(reason.en): add Calendars/\(year).yaml from the State Council's notice",
                    zh: "\(reason.zh)：请根据国务院办公厅通知添加 Calendars/\(year).yaml"))
            }
            let file = loaded.files[year]
            Terminal.printOut(json ? JSONWriter(pretty: true).string(value(data, file)) : text(data, file, language))
        }
    }

    private func text(_ data: CalendarYear, _ file: CalendarFile?, _ language: Language) -> String {
        let zh = language == .zh
        let daysOff = data.holidays.reduce(0) { $0 + $1.days.count }
        var lines = ["\(data.year)" + (file?.sourceTitle.map { "  \($0)" } ?? "") + (file?.published.map { zh ? "（\($0) 发布）" : " (published \($0))" } ?? "")]
        lines.append(zh ? "放假（\(data.holidays.count) 段，共 \(daysOff) 天）：" : "days off (\(daysOff) in \(data.holidays.count) blocks):")
        for block in data.holidays.sorted(by: { $0.from < $1.from }) {
            let span = block.from == block.to ? day(block.from, language) : "\(day(block.from, language)) – \(day(block.to, language))"
            lines.append("  \(span)  \(block.name.zh) \(block.name.en)  " + (zh ? "\(block.days.count) 天" : "\(block.days.count) day\(block.days.count == 1 ? "" : "s")"))
        }
        lines.append(zh ? "调休上班（\(data.makeUpDays.count) 天）：" : "make-up working days (\(data.makeUpDays.count)):")
        for makeUp in data.makeUpDays.sorted(by: { $0.date < $1.date }) {
            let holiday = data.holidays.first { $0.name.zh == makeUp.holiday }.map { "\($0.name.zh) \($0.name.en)" } ?? makeUp.holiday
            lines.append("  \(day(makeUp.date, language))  \(holiday)")
        }
        return lines.joined(separator: "\n")
    }

    private func day(_ date: CivilDate, _ language: Language) -> String {
        "\(date) \(date.weekdayName.text(language))"
    }

    private func value(_ data: CalendarYear, _ file: CalendarFile?) -> JSONValue {
        .object([
            ("year", .integer(data.year)),
            ("source", .object([("title", file?.sourceTitle.map(JSONValue.string) ?? .null), ("published", file?.published.map(JSONValue.string) ?? .null)])),
            ("days_off", .array(data.holidays.sorted(by: { $0.from < $1.from }).map { block in
                .object([
                    ("name", .object([("zh", .string(block.name.zh)), ("en", .string(block.name.en))])),
                    ("from", .string(block.from.description)), ("to", .string(block.to.description)), ("days", .integer(block.days.count)),
                ])
            })),
            ("make_up_days", .array(data.makeUpDays.sorted(by: { $0.date < $1.date }).map { makeUp in
                .object([("date", .string(makeUp.date.description)), ("weekday", .string(makeUp.date.weekdayName.en)), ("holiday", .string(makeUp.holiday))])
            })),
        ])
    }
}

extension DomainMessage {
    /// The text in `language`.
    func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}

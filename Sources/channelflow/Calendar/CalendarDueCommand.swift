import ArgumentParser
import FlowDiagnostics
import FlowDomain

/// `channelflow calendar due DATE N`: when something submitted on DATE is due after N working days.
struct CalendarDueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "The date N working days after DATE. 某日起 N 个工作日后的日期。",
        discussion: """
        The deadline rule of reviews: the day a submission is received is DATE when it is a working day, \
        otherwise the next working day; the deadline is the N-th working day after it (N = 0: the \
        received day). Exit status: 0 with the date; 1 with the reason when the calendar cannot \
        tell (a year without a file).
        受理日为 DATE（若非工作日则顺延至下一个工作日），期限为受理日之后第 N 个工作日。
        """)

    @Argument(help: ArgumentHelp("The submission date, YYYY-MM-DD. 提交日期。", valueName: "date")) var date: String
    @Argument(help: ArgumentHelp("Working days, 0 or more. 工作日数。", valueName: "n")) var workingDays: Int
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @Option(help: ArgumentHelp("Where Calendars/ is (default: the current folder). 日历目录所在目录。", valueName: "dir"))
    var project: String = "."
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard CivilDate(iso8601: date) != nil else {
            throw ValidationError("\"\(date)\" is not a date in the form YYYY-MM-DD. 日期格式应为 YYYY-MM-DD。")
        }
        guard workingDays >= 0 else {
            throw ValidationError("the number of working days cannot be negative: \(workingDays). 工作日数不能为负数。")
        }
    }

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            guard let submitted = CivilDate(iso8601: date) else { throw ValidationError("not a date: \(date)") }
            let calendar = try ProjectCalendar(project: project).calendar
            let received: CivilDate
            let due: CivilDate
            do throws(CalendarError) {
                received = try calendar.receivedDay(submittedOn: submitted)
                due = try calendar.deadline(submittedOn: submitted, workingDays: workingDays)
            } catch {
                throw CommandFailure(.inputErrors, LocalizedMessage(en: error.message.en, zh: error.message.zh))
            }
            let language = languageOption.language
            if json {
                Terminal.printOut(JSONWriter(pretty: true).string(.object([
                    ("date", .string(due.description)), ("submitted", .string(submitted.description)),
                    ("received", .string(received.description)), ("working_days", .integer(workingDays)),
                ])))
            } else {
                Terminal.printOut(language == .zh
                    ? "\(due) \(due.weekdayName.zh)（受理日 \(received) \(received.weekdayName.zh)，\(workingDays) 个工作日）"
                    : "\(due) \(due.weekdayName.en) (received \(received) \(received.weekdayName.en), \(workingDays) working day\(workingDays == 1 ? "" : "s"))")
            }
        }
    }
}

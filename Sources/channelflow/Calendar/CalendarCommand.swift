import ArgumentParser

/// `channelflow calendar show|due`: the working-day calendar review deadlines are computed from.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The working-day calendar: a year's days off, and deadlines in working days. 工作日日历：放假安排与工作日期限。",
        discussion: """
        The calendar is Calendars/YYYY.yaml in the project folder, one file per year of the State \
        Council's holiday notice. A year without a file is never guessed. \
        日历为项目目录下的 Calendars/YYYY.yaml，每年一个文件；缺少的年份不作推测。
        """,
        subcommands: [CalendarShowCommand.self, CalendarDueCommand.self])
}

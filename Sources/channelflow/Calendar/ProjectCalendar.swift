import FlowDiagnostics
import FlowDomain
import FlowModel

/// The working-day calendar of a project's `Calendars/` folder, read through the same loader and
/// checks as `channelflow lint`. Files with errors are refused, so no deadline rests on broken
/// data; a project without the folder has an empty calendar, in which every deadline is unknown.
struct ProjectCalendar {
    let calendar: WorkingCalendar
    /// Each year's file as read, for listings.
    let files: [Int: CalendarFile]

    /// `linted`: the project as the command already read and linted it, see ``LintedFolder``.
    init(project: String, linted: Project? = nil) throws(CommandFailure) {
        guard let read = try LintedFolder.read(
            project: project, folder: "Calendars", what: LocalizedMessage(en: "the calendar files", zh: "日历文件"), linted: linted)
        else {
            calendar = .empty
            files = [:]
            return
        }
        calendar = read.calendar
        var files: [Int: CalendarFile] = [:]
        for model in read.calendars.compactMap(\.model) {
            if let year = model.year?.value { files[year] = model }
        }
        self.files = files
    }
}

import FlowDiagnostics
import FlowDomain
import FlowLint
import FlowModel
import Foundation

/// The working-day calendar of a project's `Calendars/` folder, read through the same loader and
/// checks as `channelflow lint`. Files with errors are refused, so no deadline rests on broken
/// data; a project without the folder has an empty calendar, in which every deadline is unknown.
struct ProjectCalendar {
    let calendar: WorkingCalendar
    /// Each year's file as read, for listings.
    let files: [Int: CalendarFile]

    init(project: String) throws(CommandFailure) {
        let folder = URL(fileURLWithPath: project).appendingPathComponent("Calendars").path
        guard FileManager.default.fileExists(atPath: folder) else {
            calendar = .empty
            files = [:]
            return
        }
        let sources = ProjectSources.read([folder])
        if let (path, message) = sources.unreadable.first {
            throw CommandFailure(.usage, LocalizedMessage(en: "\(path): \(message.en)", zh: "\(path)：\(message.zh)"))
        }
        let read = Project.read(sources.sources)
        let errors = (sources.oversized + Linter().lint(read)).filter { $0.severity == .error }
        if let first = errors.first {
            let more = errors.count > 1 ? LocalizedMessage(en: " (and \(errors.count - 1) more)", zh: "（另有 \(errors.count - 1) 个错误）") : LocalizedMessage(en: "", zh: "")
            throw CommandFailure(.inputErrors, LocalizedMessage(
                en: "the calendar files have errors: \(first.path):\(first.location): \(first.message.en)\(more.en); run `channelflow lint`",
                zh: "日历文件有错误：\(first.path):\(first.location)：\(first.message.zh)\(more.zh)；请运行 channelflow lint"))
        }
        calendar = read.calendar
        var files: [Int: CalendarFile] = [:]
        for model in read.calendars.compactMap(\.model) {
            if let year = model.year?.value { files[year] = model }
        }
        self.files = files
    }
}

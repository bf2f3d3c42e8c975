import FlowDiagnostics
import FlowLint
import FlowModel
import Foundation

/// A data folder of the project (`Calendars/`, `Templates/`) read through the same loader and
/// checks as `channelflow lint`. Files with errors are refused, so nothing runs on broken data.
enum LintedFolder {
    /// The folder's files as a project; nil when the project has no such folder. `what` names the
    /// files in the error ("the calendar files"). `linted` is the whole project as the command
    /// already read and linted it without errors (``CatalogLoader``): its files are taken rather
    /// than read and checked a second time.
    static func read(project: String, folder name: String, what: LocalizedMessage, linted: Project? = nil) throws(CommandFailure) -> Project? {
        let folder = URL(fileURLWithPath: project).appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: folder) else { return nil }
        if let linted { return linted }
        let sources = ProjectSources.read([folder])
        if let (path, message) = sources.unreadable.first {
            throw CommandFailure(.usage, LocalizedMessage(en: "\(path): \(message.en)", zh: "\(path)：\(message.zh)"))
        }
        let read = Project.read(sources.sources)
        let errors = (sources.oversized + Linter().lint(read)).filter { $0.severity == .error }
        if let first = errors.first {
            let more = errors.count > 1 ? LocalizedMessage(en: " (and \(errors.count - 1) more)", zh: "（另有 \(errors.count - 1) 个错误）") : LocalizedMessage(en: "", zh: "")
            throw CommandFailure(.inputErrors, LocalizedMessage(
                en: "\(what.en) have errors: \(first.path):\(first.location): \(first.message.en)\(more.en); run `channelflow lint`",
                zh: "\(what.zh)有错误：\(first.path):\(first.location)：\(first.message.zh)\(more.zh)；请运行 channelflow lint"))
        }
        return read
    }
}

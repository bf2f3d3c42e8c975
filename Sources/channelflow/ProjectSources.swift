import FlowDiagnostics
import FlowYAML
import Foundation

/// The flow, channel, calendar and template files named on a command line (default `Flows/`,
/// `Channels/` and, when the project has them, `Calendars/` and `Templates/`), read from disk. Files that cannot be read are reported
/// and make the command exit 2.
struct ProjectSources {
    var sources: [SourceFile] = []
    var unreadable: [(path: String, message: LocalizedMessage)] = []
    /// Files over the size limit: input errors (exit 1), reported like the loader's own limit.
    var oversized: [Diagnostic] = []

    /// The project folders under `folder`: `Flows` and `Channels`, and `Calendars` and `Templates`
    /// when they exist (a project without review deadlines needs no calendar, one that sends no
    /// notifications no templates).
    static func defaultPaths(in folder: String = ".") -> [String] {
        let optional = ["Calendars", "Templates"].filter { FileManager.default.fileExists(atPath: path($0, in: folder)) }
        let paths = ["Flows", "Channels"] + optional
        return paths.map { path($0, in: folder) }
    }

    private static func path(_ name: String, in folder: String) -> String {
        folder == "." ? name : URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }

    static func read(_ paths: [String], limit: Int = YAMLLimits.default.maxFileBytes) -> ProjectSources {
        var result = ProjectSources()
        for path in paths.isEmpty ? defaultPaths() : paths {
            let files: [String]
            do {
                files = try FileDiscovery.yamlFiles(under: [path])
            } catch {
                result.unreadable.append((path, LocalizedMessage(en: "cannot read \(path): no such file or folder", zh: "无法读取 \(path)：文件或目录不存在")))
                continue
            }
            for file in files {
                switch InputFile.read(file, limit: limit) {
                case let .success(bytes):
                    result.sources.append(SourceFile(path: file, bytes: bytes))
                case let .failure(.unreadable(message)):
                    result.unreadable.append((file, message))
                case let .failure(.tooLarge(size, limit)):
                    result.oversized.append(YAMLError.fileTooLarge(size: size, limit: limit, path: file).diagnostic)
                }
            }
        }
        return result
    }
}

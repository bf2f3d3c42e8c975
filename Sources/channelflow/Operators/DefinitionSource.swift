import FlowDiagnostics
import Foundation

/// One side of `channelflow diff`: a folder holding `Flows/` and `Channels/`, or a git revision of
/// the repository whose files are extracted to a temporary folder.
struct DefinitionSource {
    /// The folder to read `Flows/` and `Channels/` from.
    let folder: String
    /// How the side is named in the output.
    let label: String
    /// A temporary folder to remove when done.
    let temporary: URL?

    /// A folder when `argument` names one, else a git revision of the repository at `repository`.
    static func resolve(_ argument: String, repository: String) throws(CommandFailure) -> DefinitionSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            return DefinitionSource(folder: argument, label: argument, temporary: nil)
        }
        let notFound = LocalizedMessage(
            en: "\"\(argument)\" is neither a folder nor a git revision of the repository at \(repository)",
            zh: "\"\(argument)\" 既不是目录，也不是 \(repository) 所在仓库的 git 版本")
        let git: ExternalTool
        do { git = try ExternalTool.find("git", install: LocalizedMessage(en: "install git", zh: "请安装 git")) } catch {
            throw CommandFailure(.usage, notFound)
        }
        let commit = try git.run(["rev-parse", "--verify", "--quiet", "\(argument)^{commit}"], in: repository)
        guard commit.status == 0 else { throw CommandFailure(.usage, notFound) }
        let hash = String(decoding: commit.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // The project may be a folder inside the repository: archive the revision's tree at that folder.
        let prefix = try git.run(["rev-parse", "--show-prefix"], in: repository)
        let subfolder = String(decoding: prefix.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("channelflow-diff-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(.internalFailure, LocalizedMessage(en: "cannot create \(folder.path)", zh: "无法创建 \(folder.path)"))
        }
        let archive = folder.appendingPathComponent("revision.tar").path
        let archived = try git.run(["archive", "--format=tar", "-o", archive, "\(hash):\(subfolder)", "--", "Flows", "Channels"], in: repository)
        guard archived.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw CommandFailure(.usage, LocalizedMessage(
                en: "revision \(argument) has no Flows/ and Channels/: \(archived.stderr)",
                zh: "版本 \(argument) 中没有 Flows/ 与 Channels/：\(archived.stderr)"))
        }
        let tar = try ExternalTool.find("tar", install: LocalizedMessage(en: "install tar", zh: "请安装 tar"))
        let extracted = try tar.run(["-xf", archive, "-C", folder.path])
        guard extracted.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw CommandFailure(.internalFailure, LocalizedMessage(en: "tar failed: \(extracted.stderr)", zh: "tar 运行失败：\(extracted.stderr)"))
        }
        return DefinitionSource(folder: folder.path, label: "\(argument) (git \(hash.prefix(12)))", temporary: folder)
    }

    func remove() {
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }
}

import FlowDiagnostics
import Foundation

/// A program ChannelFlow runs but does not ship (`dot`, `git`, `tar`), found on `PATH`. Its output
/// and errors go to temporary files, so a large output can never block on a full pipe.
struct ExternalTool {
    let name: String
    let path: String

    /// The program `name` on `PATH`, or a usage failure saying how to get it.
    static func find(_ name: String, install hint: LocalizedMessage) throws(CommandFailure) -> ExternalTool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(name: name, path: candidate) }
        }
        throw CommandFailure(.usage, LocalizedMessage(
            en: "`\(name)` is not installed (not found on PATH); \(hint.en)",
            zh: "未安装 `\(name)`（PATH 中找不到）；\(hint.zh)"))
    }

    /// What a finished run left: its exit status and standard error.
    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs the program to its end in `directory`.
    func run(_ arguments: [String], in directory: String? = nil) throws(CommandFailure) -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("channelflow-\(name)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
            try Data().write(to: out)
            try Data().write(to: err)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            process.waitUntilExit()
            return Outcome(
                status: process.terminationStatus, stdout: try Data(contentsOf: out),
                stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw CommandFailure(.internalFailure, LocalizedMessage(
                en: "cannot run \(path): \(error.localizedDescription)", zh: "无法运行 \(path)：\(error.localizedDescription)"))
        }
    }
}

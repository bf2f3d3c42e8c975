import FlowDiagnostics
import Foundation

/// `--output PATH`: where a command writes what it made; standard output without it (or with `-`).
struct OutputDestination {
    let path: String?

    func write(_ data: Data) throws(CommandFailure) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(.usage, LocalizedMessage(en: "cannot write \(path): \(error.localizedDescription)", zh: "无法写入 \(path)：\(error.localizedDescription)"))
        }
    }
}

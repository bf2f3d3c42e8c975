import FlowDiagnostics
import Foundation

/// Draws DOT text as SVG or PNG with Graphviz's `dot`.
enum Graphviz {
    static func draw(_ dot: String, format: String) throws(CommandFailure) -> Data {
        let tool = try ExternalTool.find("dot", install: LocalizedMessage(
            en: "install Graphviz (`scripts/ensure-deps`, or `apt-get install graphviz`), or use --format dot|mermaid",
            zh: "请安装 Graphviz（`scripts/ensure-deps` 或 `apt-get install graphviz`），或使用 --format dot|mermaid"))
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("channelflow-graph-\(UUID().uuidString).dot")
        do {
            try Data(dot.utf8).write(to: input)
        } catch {
            throw CommandFailure(.internalFailure, LocalizedMessage(
                en: "cannot write \(input.path): \(error.localizedDescription)", zh: "无法写入 \(input.path)：\(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: input) }
        let outcome = try tool.run(["-T\(format)", input.path])
        guard outcome.status == 0 else {
            throw CommandFailure(.internalFailure, LocalizedMessage(
                en: "dot failed (exit \(outcome.status)): \(outcome.stderr)", zh: "dot 运行失败（退出码 \(outcome.status)）：\(outcome.stderr)"))
        }
        return outcome.stdout
    }
}

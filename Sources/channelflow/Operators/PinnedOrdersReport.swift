import FlowDiagnostics
import FlowModel
import FlowStore
import FlowTooling

/// The open orders of a diff's (channel, flow) in an order database, by the definition they are
/// pinned to and the step they are at; steps the new definition removed or changed are marked.
struct PinnedOrdersReport {
    let diff: DefinitionDiff
    let language: Language

    func render(database path: String) throws(CommandFailure) -> String {
        let positions: [PinnedPosition]
        do {
            positions = try OrderStore(database: FlowDatabase(.file(path))).openPositions(
                channel: diff.new.channel.id, flow: diff.new.flow.id.value)
        } catch {
            throw CommandFailure(.usage, LocalizedMessage(
                en: "cannot read the order database \(path): \(error)", zh: "无法读取订单数据库 \(path)：\(error)"))
        }
        let zh = language == .zh
        var lines = [zh ? "未完成订单（\(path)）" : "open orders (\(path))"]
        let onOld = positions.filter { $0.definitionHash == diff.oldHash }
        let onNew = positions.filter { $0.definitionHash == diff.newHash && diff.newHash != diff.oldHash }
        let elsewhere = positions.filter { $0.definitionHash != diff.oldHash && $0.definitionHash != diff.newHash }
        lines.append((zh ? "  固定在旧定义 \(diff.oldHash.prefix(16))：" : "  pinned to old \(diff.oldHash.prefix(16)): ") + describe(onOld, marking: true))
        if diff.newHash != diff.oldHash {
            lines.append((zh ? "  固定在新定义 \(diff.newHash.prefix(16))：" : "  pinned to new \(diff.newHash.prefix(16)): ") + describe(onNew, marking: false))
        }
        lines.append((zh ? "  固定在其他定义：" : "  pinned to other definitions: ") + describe(elsewhere, marking: false))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `3 — payment 1, review 2 (step changed)`.
    private func describe(_ positions: [PinnedPosition], marking: Bool) -> String {
        let total = positions.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "0" }
        var counts: [(step: String, count: Int)] = []
        for position in positions {
            if let index = counts.firstIndex(where: { $0.step == position.step }) {
                counts[index].count += position.count
            } else {
                counts.append((position.step, position.count))
            }
        }
        let zh = language == .zh
        return "\(total) — " + counts.sorted { $0.step < $1.step }.map { step, count in
            var text = "\(step) \(count)"
            if marking, diff.removedSteps.contains(step) {
                text += zh ? "（新定义已删除此步骤）" : " (step removed in new)"
            } else if marking, diff.touchedSteps.contains(step) {
                text += zh ? "（此步骤已修改）" : " (step changed)"
            }
            return text
        }.joined(separator: zh ? "，" : ", ")
    }
}

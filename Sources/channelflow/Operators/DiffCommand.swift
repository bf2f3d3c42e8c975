import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowStore
import FlowTooling
import Foundation

/// `channelflow diff --channel ID --flow ID OLD NEW [--db PATH]`: what changed between two
/// definitions of a (channel, flow), and which open orders stay on the old one.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two definitions of a channel's flow. 比较渠道流程的两个定义。",
        discussion: """
        OLD and NEW are folders holding Flows/ and Channels/, or git revisions of the repository \
        at --project (HEAD~1, a tag, a commit). Prints the steps, fields, rules (settings, \
        verification options, materials, payment, invoice, review, guard) and prices that were \
        added (+), removed (-) or changed (~). With --db, also how many open orders are pinned to \
        the old definition and at which steps: they finish on it, whatever NEW says.
        OLD 与 NEW 为包含 Flows/ 和 Channels/ 的目录或 git 版本；--db 显示仍固定在旧定义上的未完成订单。

        Example: channelflow diff --channel ca_outlet --flow new_certificate HEAD~1 . --db channelflow.sqlite
        """
    )

    @OptionGroup var pair: PairOptions
    @Argument(help: "The old definition: a folder or a git revision. 旧定义。") var old: String
    @Argument(help: "The new definition: a folder or a git revision. 新定义。") var new: String
    @Option(help: ArgumentHelp("An order database: report the open orders pinned to the old definition. 订单数据库。", valueName: "path"))
    var db: String?
    @OptionGroup var projectOption: ProjectOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            if let db, !FileManager.default.fileExists(atPath: db) {
                throw CommandFailure(.usage, LocalizedMessage(en: "no order database at \(db)", zh: "\(db) 处没有订单数据库"))
            }
            let before = try DefinitionSource.resolve(old, repository: projectOption.path)
            defer { before.remove() }
            let after = try DefinitionSource.resolve(new, repository: projectOption.path)
            defer { after.remove() }
            let diff = DefinitionDiff(
                old: try entry(before, side: "OLD"),
                new: try entry(after, side: "NEW"))
            var text = DiffRenderer(language: language).render(diff, oldLabel: before.label, newLabel: after.label)
            if let db { text += try PinnedOrdersReport(diff: diff, language: language).render(database: db) }
            Terminal.printOut(text)
        }
    }

    private func entry(_ source: DefinitionSource, side: String) throws(CommandFailure) -> CompiledFlow {
        do {
            return try CatalogLoader.entry(channel: pair.channel, flow: pair.flow, project: source.folder)
        } catch {
            throw CommandFailure(error.status, LocalizedMessage(
                en: "\(side) (\(source.label)): \(error.message.en)", zh: "\(side)（\(source.label)）：\(error.message.zh)"))
        }
    }
}

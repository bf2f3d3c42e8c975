import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowStore

/// `channelflow review show ORDER`: what a reviewer looks at: the order (personal data masked), its
/// materials, its deadline and every decision so far.
struct ReviewShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an order for review, personal data masked. 查看待审核订单（个人信息已掩码）。")

    @Argument(help: "The order number. 订单号。") var order: String
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try OrderOperation.perform(engineOptions, language) { (engine) throws(EngineError) -> String in
            let view = try engine.show(order)
            if json { return JSONWriter(pretty: true).string(OrderViewOutput.value(view)) }
            var lines = [OrderViewOutput.text(view, language)]
            if !view.decisions.isEmpty {
                lines.append(language == .zh ? "  审核记录：" : "  review decisions:")
                lines += view.decisions.map { "    " + ReviewOutput.decision($0, language) }
            }
            return lines.joined(separator: "\n")
        }
    }
}

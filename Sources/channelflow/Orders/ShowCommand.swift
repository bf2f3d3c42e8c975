import ArgumentParser
import FlowDiagnostics
import FlowEngine

/// `channelflow show ORDER`: where an order is, its answers (masked), payments, materials, review
/// deadline and decisions, history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an order, personal data masked. 查看订单（个人信息已掩码）。")

    @OptionGroup var showing: OrderShowing

    func run() throws {
        try showing.run()
    }
}

/// What `show` and `review show` take and print: one order, masked, as text or JSON.
struct OrderShowing: ParsableArguments {
    @Argument(help: "The order number. 订单号。") var order: String
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try OrderOperation.perform(engineOptions, language) { (engine) throws(EngineError) -> String in
            let view = try engine.show(order)
            return json ? JSONWriter(pretty: true).string(OrderViewOutput.value(view)) : OrderViewOutput.text(view, language)
        }
    }
}

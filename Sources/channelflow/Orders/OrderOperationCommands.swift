import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowStore

/// `channelflow cancel ORDER`: cancels an open order, freeing its subject or certificate.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel an open order. 取消未完成订单。")

    @Argument(help: "The order number. 订单号。") var order: String
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        try OrderOperation.perform(engineOptions, languageOption.language) { (engine) throws(EngineError) -> String in
            let record = try engine.cancel(order)
            return languageOption.language == .zh ? "订单 \(record.id) 已取消" : "order \(record.id) is cancelled"
        }
    }
}

/// `channelflow back ORDER`: returns to the previous step where the flow allows it.
struct BackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "back", abstract: "Go back to the previous step, where the flow allows it. 返回上一步。")

    @Argument(help: "The order number. 订单号。") var order: String
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        try OrderOperation.perform(engineOptions, languageOption.language) { (engine) throws(EngineError) -> String in
            let record = try engine.back(order)
            return languageOption.language == .zh ? "订单 \(record.id) 回到步骤 \(record.step)" : "order \(record.id) is back at step \(record.step)"
        }
    }
}

/// Runs one synchronous operation on an order and prints its result or refusal.
enum OrderOperation {
    static func perform(_ options: EngineOptions, _ language: Language, _ body: (FlowEngine) throws(EngineError) -> String) throws {
        do {
            let setup = try EngineSetup(options)
            do { Terminal.printOut(try body(setup.engine)) } catch {
                Terminal.printError(error.message.text(language))
                throw ExitStatus(error).exitCode
            }
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message.text(language))
            throw failure.status.exitCode
        }
    }
}

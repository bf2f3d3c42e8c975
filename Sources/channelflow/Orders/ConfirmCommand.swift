import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowStore

/// `channelflow confirm ORDER [--refuse]`: delivers the outside world's answer to a waiting order.
struct ConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Deliver a payment, face-verification or transfer result to a waiting order. 送达外部结果。",
        discussion: "Accepted moves the order on (and runs as far as it goes with no answers); --refuse returns it to its step to try again."
    )

    @Argument(help: "The order number. 订单号。") var order: String
    @Flag(help: "The payment failed / the scan did not match. 外部结果为失败。") var refuse = false
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await StepReportOutput(language: languageOption.language, json: json).endWait(engineOptions, movesOn: !refuse) {
            (engine) throws(EngineError) -> StepReport in try await engine.confirm(order, accepted: !refuse)
        }
    }
}

import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowStore
import Foundation

/// `channelflow orders query --channel ID (--answers FILE | --interactive)`: the order-management
/// flow (manual 3): an identity check on the subject's USCC, then its orders in the channel. When
/// the query ends by continuing an order, that order is driven on with the same answers.
struct OrdersQueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Find a subject's orders after an identity check; view, cancel, continue them. 核验身份后查询并管理订单。",
        discussion: """
        Runs the flow order_management of the channel. The answers file is as for `run`; \
        {sandbox: sms} and {sandbox: captcha} read the codes the sandbox sent and showed. \
        Choices listed by the query (agents, orders) are answered by the order number, the whole \
        entry, or the position from 1. Exit status as for `run`.

        Example: channelflow orders query --channel ca_outlet \\
                   --answers Examples/answers/ca_outlet-order_management.yaml
        """)

    static let flow = "order_management"

    @Option(help: "The channel id. 渠道。") var channel: String
    @OptionGroup var answersOptions: AnswersOptions
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        let (setup, query) = try await RunCommand.startAndDrive(
            channel: channel, flow: Self.flow, answersOptions: answersOptions, engineOptions: engineOptions, language: language)
        guard let continued = try continuedOrder(setup.engine, query) else { return }
        let output = StepReportOutput(language: language, json: answersOptions.json)
        if !answersOptions.json {
            Terminal.printOut(language == .zh ? "继续办理订单 \(continued)" : "continuing order \(continued)")
        }
        let status = await OrderDriver(setup: setup, output: output, channel: channel)
            .drive(continued, book: try answersOptions.book(), interactive: answersOptions.interactive)
        if status != .success { throw status.exitCode }
    }

    /// The order `continue_order` picked in the query, read from the query's history.
    private func continuedOrder(_ engine: FlowEngine, _ query: String) throws -> String? {
        let events = try engine.events(query)
        for event in events.reversed() where event.kind == "action" {
            guard let object = try? JSONSerialization.jsonObject(with: Data(event.detail.utf8)) as? [String: String],
                  object["action"] == "continue_order"
            else { continue }
            return object["order"]
        }
        return nil
    }
}

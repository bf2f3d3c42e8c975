import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowStore

/// `channelflow resume ORDER [--answers FILE]`: continues an order where it stopped, on the
/// definition it was pinned to when it started.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an order where it stopped. 从中断处继续办理订单。",
        discussion: "The order runs on its pinned definition, whatever the files say now. Exit status as for `run`."
    )

    @Argument(help: "The order number. 订单号。") var order: String
    @OptionGroup var answersOptions: AnswersOptions
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let output = StepReportOutput(language: languageOption.language, json: answersOptions.json)
        try await CommandFailure.reporting(languageOption.language) {
            let book = try answersOptions.book()
            let setup = try EngineSetup(engineOptions)
            let view: OrderView
            do { view = try setup.engine.show(order) } catch let error as EngineError {
                output.printRefusal(error, [("order", .string(order))])
                throw ExitStatus(error).exitCode
            }
            let status = await OrderDriver(setup: setup, output: output, channel: view.record.channel)
                .drive(order, book: book, interactive: answersOptions.interactive)
            if status != .success { throw status.exitCode }
        }
    }
}

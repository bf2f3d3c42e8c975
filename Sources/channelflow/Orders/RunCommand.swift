import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowStore
import FlowLint
import FlowModel

/// `channelflow run --channel ID --flow ID --answers FILE`: starts an order and runs it as far as
/// it can go.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Start an order and run it as far as the answers go. 新建订单并按答案办理。",
        discussion: """
        Steps with nothing to ask run by themselves; the others take their answers from the answers \
        file (step id → field id → value; {file: PATH} for materials; {sandbox: sms} for a code the \
        sandbox SMS provider sent). Every completed step is committed, so a run that stops can be \
        continued with `channelflow resume ORDER`.

        Exit status: 0 when the order waits (review, payment …) or is complete; 1 when a step's \
        answers are wrong (every wrong field is printed), an action refuses, or the answers file \
        has nothing for a step; 2 for a bad command line or an unreadable file.

        Example: channelflow run --channel ca_outlet --flow new_certificate \\
                   --answers Examples/answers/ca_outlet-new_certificate.yaml
        """
    )

    @Option(help: "The channel id. 渠道。") var channel: String
    @Option(help: "The flow id. 流程。") var flow: String
    @OptionGroup var answersOptions: AnswersOptions
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        _ = try await Self.startAndDrive(
            channel: channel, flow: flow, answersOptions: answersOptions, engineOptions: engineOptions,
            language: languageOption.language)
    }

    /// Starts an order on `flow` and drives it as far as it goes; returns the engine and the order
    /// when it stopped well (a wait or the end), else throws the exit status.
    static func startAndDrive(
        channel: String, flow: String, answersOptions: AnswersOptions, engineOptions: EngineOptions, language: Language
    ) async throws -> (setup: EngineSetup, order: String) {
        let output = StepReportOutput(language: language, json: answersOptions.json)
        return try await CommandFailure.reporting(language) {
            guard answersOptions.answers != nil || answersOptions.interactive else {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "give --answers FILE, --interactive, or both", zh: "请指定 --answers 文件或 --interactive"))
            }
            let book = try answersOptions.book()
            let context = try CatalogLoader.context(project: engineOptions.project)
            let definition = try CatalogLoader.entry(channel: channel, flow: flow, in: context.catalog)
            let setup = try EngineSetup(engineOptions, linted: context.project)
            let started: StepReport
            do { started = try await setup.engine.start(definition) } catch let error as EngineError {
                output.printRefusal(error, [("channel", .string(channel)), ("flow", .string(flow))])
                throw ExitStatus(error).exitCode
            }
            if !answersOptions.json {
                Terminal.printOut("\(language == .zh ? "订单" : "order") \(started.order)  "
                    + "\(definition.channel.name.zh) · \(definition.channel.name.en) / \(definition.flow.title.value.zh) · \(definition.flow.title.value.en)")
                for action in started.actions {
                    Terminal.printOut(output.actionLine(action, place: "↳ \(action.step):"))
                }
            }
            let status = await OrderDriver(setup: setup, output: output, channel: channel)
                .drive(started.order, book: book, interactive: answersOptions.interactive)
            if status != .success { throw status.exitCode }
            return (setup, started.order)
        }
    }
}

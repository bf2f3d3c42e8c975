import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowTooling

/// `channelflow preview --channel ID --flow ID [--step ID]`: what the applicant sees, without running anything.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show what the applicant sees at each step, without running anything. 预览申请人在每个步骤看到的内容。",
        discussion: """
        For the compiled (channel, flow): each step's fields with their labels, which are required \
        (* always, ? under a condition, - optional), their checks and defaults; the verification \
        options and materials this channel offers; the price, invoice rule and payment methods. \
        --lang chooses the language shown first; the other follows each text.
        显示已编译流程每个步骤的字段、必填项、核验方式、资料与价格；--lang 选择主语言。

        Example: channelflow preview --channel icbc_bank --flow new_certificate --step agent --lang zh
        """
    )

    @OptionGroup var pair: PairOptions
    @Option(help: "Only this step. 仅此步骤。") var step: String?
    @OptionGroup var projectOption: ProjectOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let compiled = try CatalogLoader.entry(channel: pair.channel, flow: pair.flow, project: projectOption.path)
            if let step, compiled.flow.step(step) == nil {
                throw CommandFailure(.usage, Alternatives.message(
                    found: step, expected: compiled.flow.steps.map(\.id.value),
                    what: LocalizedMessage(en: "step", zh: "步骤"), unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")))
            }
            Terminal.printOut(PreviewRenderer(language: languageOption.language).render(compiled, only: step))
        }
    }
}

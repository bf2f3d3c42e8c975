import ArgumentParser
import FlowEngine

/// Where a run's answers come from, and how its results are printed: shared by `run` and `resume`.
struct AnswersOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The answers file. 答案文件。", valueName: "path"))
    var answers: String?

    @Flag(help: "Ask in the terminal for what the answers file does not give. 在终端中交互填写。")
    var interactive = false

    @Flag(help: "Print JSON. 输出 JSON。")
    var json = false

    /// The answers of the file, or none.
    func book() throws(CommandFailure) -> AnswersBook {
        guard let answers else { return AnswersBook() }
        return try AnswersFile.read(answers)
    }
}

import ArgumentParser
import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowExpressions
import FlowLint
import Foundation

/// `channelflow lint [PATH…]`: check flow and channel files and every compiled (channel × flow) pair.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check flow and channel files with exact positions. 检查流程与渠道文件并给出精确位置。",
        discussion: """
        Checks every file under the given paths (default: Flows/, Channels/ and Calendars/) and every \
        compiled (channel × flow) pair; collects all problems. With calendar files, warns when the \
        longest review submitted today would end in a year they do not cover (today: $CHANNELFLOW_NOW \
        when set). Errors exit 1; warnings alone exit 0 unless \
        --strict. Suppress one finding with a comment on its line or the line above: \
        `# channelflow: ignore[rule-id]`. `channelflow explain RULE` shows a rule with its examples.
        检查指定路径（默认 Flows/、Channels/ 与 Calendars/）下的全部文件及所有渠道×流程组合；今天提交的最长审核期超出日历文件覆盖的年份时给出警告。
        """
    )

    @Argument(help: ArgumentHelp("Files or folders (default: Flows Channels Calendars). 文件或目录。", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output: text, json, github or sarif. 输出格式。")
    var format: LintOutputFormat = .text

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Run only these rules (ids, comma or space separated). 仅运行这些规则。", valueName: "rule-id"))
    var select: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Do not run these rules. 不运行这些规则。", valueName: "rule-id"))
    var ignore: [String] = []

    @Flag(help: "Exit 1 on warnings too. 出现警告时也以 1 退出。")
    var strict = false

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        let known = Set(LintRules.all.map(\.id))
        for id in RuleList.split(select + ignore) where !known.contains(id) {
            let hint = RuleList.suggestion(for: id).map { " Did you mean \"\($0)\"?" } ?? ""
            throw ValidationError("unknown rule \"\(id)\".\(hint) See `channelflow explain --list`. 未知规则。")
        }
    }

    func run() throws {
        let today: CivilDate
        do { today = try EnvironmentClock.clock().today() } catch {
            Terminal.printError(error.message.text(languageOption.language))
            throw error.status.exitCode
        }
        let project = ProjectSources.read(paths)
        for (path, message) in project.unreadable {
            DiagnosticPrinter(format: .text, language: languageOption.language).printUnreadable(message, path: path)
        }
        let linter = Linter(options: LintOptions(select: Set(RuleList.split(select)), ignore: Set(RuleList.split(ignore)), today: today))
        let diagnostics = project.oversized + linter.lint(project.sources)
        let report = DiagnosticReport(
            files: project.sources.map(\.path),
            diagnostics: diagnostics,
            rules: linter.activeRules.map(\.descriptor)
        )
        LintOutput(format: format, language: languageOption.language).print(report, sources: project.sources)
        if !project.unreadable.isEmpty { throw ExitStatus.usage.exitCode }
        let summary = report.summary
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitStatus.inputErrors.exitCode }
    }
}

/// Rule ids given on the command line, as several options or comma-separated.
enum RuleList {
    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    static func suggestion(for id: String) -> String? {
        FlowExpressions.suggestion(for: id, among: LintRules.all.map(\.id))
    }
}

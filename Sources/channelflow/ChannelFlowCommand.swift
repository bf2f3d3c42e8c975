import ArgumentParser
import Foundation

/// The `channelflow` command line: the root command and its exit-code contract.
@main
struct ChannelFlowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channelflow",
        abstract: "Run, lint and inspect declarative certificate-service flows. 运行、检查和查看声明式证书业务流程。",
        discussion: """
        Exit codes: 0 success, 1 the input has errors (diagnostics on standard error), \
        2 bad command line or unreadable file, 3 internal failure.
        退出码：0 成功；1 输入有错误（诊断信息输出到标准错误）；2 命令行错误或文件不可读；3 内部错误。
        """,
        subcommands: [LintCommand.self, ExplainCommand.self, CatalogCommand.self, YAMLCommand.self, ValidateCommand.self,
            RunCommand.self, ResumeCommand.self, ShowCommand.self, BackCommand.self, CancelCommand.self, ConfirmCommand.self,
            OrdersCommand.self, UnlockCommand.self, UKeyCommand.self, CalendarCommand.self, ReviewCommand.self, GraphCommand.self,
            SchemaCommand.self, NewCommand.self, PreviewCommand.self, DiffCommand.self, BenchCommand.self,
            OutboxCommand.self, ServeCommand.self, APIKeyCommand.self]
    )

    /// Parses and runs, mapping argument-parser's usage errors (its exit 64) onto the contract's 2
    /// and any unexpected error onto 3.
    static func main() async {
        LogSetup.bootstrap(ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(ExitStatus.success.rawValue)
            }
            Terminal.printError(message)
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : ExitStatus.internalFailure.rawValue)
        }
    }
}

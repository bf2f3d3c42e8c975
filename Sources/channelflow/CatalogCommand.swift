import ArgumentParser
import FlowDiagnostics
import FlowLint
import FlowModel

/// `channelflow catalog [PATH…]`: the compiled (channel, flow) pairs with their content hashes.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the compiled (channel, flow) pairs and their hashes. 列出已编译的渠道×流程组合及其哈希。",
        discussion: """
        The hash is SHA-256 of the compiled definition in canonical form: the same meaning gives the \
        same hash whatever the formatting or key order. Orders are pinned to it when they start. \
        Exits 1 when the files have errors (run `channelflow lint` to see them).
        """
    )

    @Argument(help: ArgumentHelp("Files or folders (default: Flows Channels). 文件或目录。", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Print JSON. 输出 JSON。")
    var json = false

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let sources = ProjectSources.read(paths)
        for (path, message) in sources.unreadable {
            DiagnosticPrinter(format: .text, language: languageOption.language).printUnreadable(message, path: path)
        }
        if !sources.unreadable.isEmpty { throw ExitStatus.usage.exitCode }
        let context = LintContext(project: Project.read(sources.sources))
        let errors = Linter().lint(context).filter { $0.severity == .error }
        let catalog = context.catalog
        if json {
            Terminal.printOut(JSONWriter(pretty: true).string(.array(catalog.entries.map { entry -> JSONValue in
                .object([
                    ("channel", .string(entry.channel.id)),
                    ("flow", .string(entry.flow.id.value)),
                    ("title", .object([("zh", .string(entry.flow.title.value.zh)), ("en", .string(entry.flow.title.value.en))])),
                    ("steps", .integer(entry.flow.steps.count)),
                    ("hash", .string(entry.contentHash)),
                ])
            })))
        } else {
            let language = languageOption.language
            for entry in catalog.entries {
                let title = language == .zh ? entry.flow.title.value.zh : entry.flow.title.value.en
                Terminal.printOut("\(entry.channel.id)\t\(entry.flow.id.value)\t\(entry.contentHash.prefix(16))\t\(title)")
            }
        }
        if !errors.isEmpty {
            Terminal.printError(languageOption.language == .zh
                ? "channelflow: 文件中有 \(errors.count) 个错误，请运行 channelflow lint 查看"
                : "channelflow: the files have \(errors.count) errors; run `channelflow lint` to see them")
            throw ExitStatus.inputErrors.exitCode
        }
    }
}

import ArgumentParser
import FlowDiagnostics
import FlowYAML

/// `channelflow yaml FILE…`: load YAML through ChannelFlow's loader and print each document as JSON.
struct YAMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaml",
        abstract: "Print YAML documents as JSON, or say exactly where they are wrong. 将 YAML 文档输出为 JSON，或精确指出错误位置。",
        discussion: """
        Each document is printed as one line of JSON, keys in source order. Scalars follow the \
        YAML 1.2 core schema: yes/no/on/off and 0-prefixed numbers stay strings. Errors are \
        printed on standard error as path:line:col: error: message [id].
        每个文档输出为一行 JSON，键保持源文件顺序。
        """
    )

    @Argument(help: ArgumentHelp("YAML files to read; - reads standard input. 要读取的 YAML 文件；- 表示标准输入。", valueName: "file"))
    var files: [String]

    @Flag(help: "Indent the JSON over several lines. 多行缩进输出。")
    var pretty = false

    @Flag(help: "Wrap every node with its line and column. 为每个节点附上行号与列号。")
    var positions = false

    @Option(help: "Format of diagnostics on standard error: text or json. 诊断信息格式。")
    var diagnosticFormat: DiagnosticFormat = .text

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var limitOptions: YAMLLimitOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file, or - for standard input. 请至少指定一个文件。") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once. 标准输入只能读取一次。") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnosticFormat, language: languageOption.language)
        let loader = YAMLLoader(limits: limitOptions.limits)
        var status = ExitStatus.success
        for file in files {
            let path = file == "-" ? "<stdin>" : file
            switch InputFile.read(file, limit: loader.limits.maxFileBytes) {
            case let .failure(.unreadable(message)):
                printer.printUnreadable(message, path: path)
                status = .usage
            case let .failure(.tooLarge(size, limit)):
                let error = YAMLError.fileTooLarge(size: size, limit: limit, path: path)
                printer.print(error.diagnostic, source: nil)
                if status == .success { status = .inputErrors }
            case let .success(bytes):
                let source = SourceFile(path: path, bytes: bytes)
                do {
                    for document in try loader.load(source) {
                        Terminal.printOut(document.jsonText(pretty: pretty, positions: positions))
                    }
                } catch {
                    printer.print(error.diagnostic, source: source)
                    if status == .success { status = .inputErrors }
                }
            }
        }
        if status != .success { throw status.exitCode }
    }
}

import ArgumentParser
import FlowDiagnostics
import FlowDomain

/// `channelflow validate KIND VALUE…`: check identifiers as a customer typed them, for a support
/// desk and for scripts; every value is printed masked.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check identifiers as typed: accept, warn or reject, shown masked. 校验证件号码等标识：通过、警告或拒绝，脱敏显示。",
        discussion: """
        Each value is normalised as the input forms do (full-width characters, spaces, hyphens, \
        +86), validated strictly, and printed on one line: the verdict, the normalised value \
        masked (a USCC is public and shown in full) and the reasons with their codes. A warning \
        (an unassigned mobile range, a card number failing its check digit, an organisation-code \
        mismatch inside a USCC) still accepts the value. Give - to read values from standard \
        input, one per line, blank lines skipped: personal data then stays off the command line \
        and out of shell history. --json prints an array of {kind, verdict, reasons [{code, \
        message {en, zh}}], normalized_masked, input_was_normalized}. Exit codes: 0 every value \
        accepted or warned, 1 some value rejected, 2 bad command line or unreadable input.
        每个值按录入规则规范化（全角字符、空格、连字符、+86）后严格校验，输出一行：结论、脱敏后的规范值和原因。
        统一社会信用代码为公开信息，完整显示。警告仍视为通过。
        值为“-”时从标准输入逐行读取，个人信息不会出现在命令行和历史记录中。
        退出码：0 全部通过或仅有警告；1 有值被拒绝；2 命令行错误或输入不可读。

        Example 示例:
          $ channelflow validate bank-card 4111111111111111 6217001234567890 62170012
          accept  **** 1111
          warn    **** 7890  Please check the card number. [luhn]
          reject  **** 0012  The bank card number must have 16 to 19 digits. [length]
          $ cut -f3 customers.tsv | channelflow validate resident-id - --json
        """
    )

    /// More than any list a desk or a batch job checks in one go, and a bound on what a stray
    /// pipe can make the command hold in memory.
    static let maxStandardInputBytes = 16 << 20

    @Argument(help: ArgumentHelp("What the values are. 值的类型。", valueName: "kind"))
    var kindArgument: IdentifierKindArgument

    @Argument(help: ArgumentHelp("Values to check; - reads them from standard input, one per line. 要校验的值；- 表示从标准输入逐行读取。", valueName: "value"))
    var values: [String] = []

    @Flag(help: "Print a JSON array with reason codes and messages in both languages. 输出 JSON 数组（含原因代码及中英文说明）。")
    var json = false

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if kindArgument.kind == nil { throw kindArgument.unknownKindError }
        if values.isEmpty { throw ValidationError("give at least one value, or - for standard input. 请至少指定一个值，或用 - 从标准输入读取。") }
        if values.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once. 标准输入只能读取一次。") }
    }

    func run() throws {
        guard let kind = kindArgument.kind else { throw kindArgument.unknownKindError }
        let language = languageOption.language
        var inputs: [String] = []
        for value in values {
            if value == "-" {
                inputs += try Self.standardInputValues(language)
            } else {
                inputs.append(value)
            }
        }
        guard !inputs.isEmpty else {
            Terminal.printError(language == .zh ? "channelflow: 标准输入中没有要校验的值" : "channelflow: standard input held no values to check")
            throw ExitStatus.usage.exitCode
        }
        // One date for the whole list, so a run across midnight judges every birth date alike.
        let today = CivilDate.todayInShanghai()
        let checks = inputs.map { kind.check($0, today: today) }
        ValidationOutput(json: json, language: language).print(checks)
        if checks.contains(where: { !$0.isAccepted }) { throw ExitStatus.inputErrors.exitCode }
    }

    /// The lines of standard input without their line breaks (`\n` or `\r\n`), blank ones
    /// skipped. Errors never quote the input: it is personal data.
    private static func standardInputValues(_ language: Language) throws -> [String] {
        switch InputFile.read("-", limit: maxStandardInputBytes) {
        case let .failure(.unreadable(message)):
            Terminal.printError("channelflow: " + message.text(language))
            throw ExitStatus.usage.exitCode
        case let .failure(.tooLarge(_, limit)):
            Terminal.printError(language == .zh
                ? "channelflow: 标准输入超过 \(limit) 字节，请分批校验"
                : "channelflow: standard input is larger than \(limit) bytes; check the values in batches")
            throw ExitStatus.usage.exitCode
        case let .success(bytes):
            // A list saved by a Windows editor starts with a byte-order mark, not part of the first
            // value. Split as bytes: in Swift `\r\n` is one Character, never equal to `\n`.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            return body.split(separator: 0x0A, omittingEmptySubsequences: false)
                .map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }
}

import ArgumentParser
import FlowDiagnostics
import FlowProviders
import SmartCard

/// `channelflow ukey readers`: the card readers pcscd knows and whether each holds a key.
struct UKeyReadersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readers", abstract: "List the card readers and whether each holds a key. 列出读卡器及是否插有 UKEY。")

    @Flag(help: "One JSON object per reader. 以 JSON 输出。") var json = false
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let lines: [(String, Bool)]
            do {
                let context = try CardContext()
                lines = try context.readers().map { ($0, try context.state(of: $0).cardPresent) }
            } catch let error as SmartCardError {
                throw CommandFailure(.inputErrors, PCSCMessages.message(error))
            }
            guard !lines.isEmpty else {
                throw CommandFailure(.inputErrors, LocalizedMessage(en: "no card reader is connected", zh: "未连接读卡器"))
            }
            for (reader, present) in lines {
                if json {
                    Terminal.printOut(JSONWriter().string(.object([("reader", .string(reader)), ("card_present", .bool(present))])))
                } else {
                    let state = present ? LocalizedMessage(en: "key inserted", zh: "已插入 UKEY") : LocalizedMessage(en: "empty", zh: "空")
                    Terminal.printOut("\(reader)\t\(state.text(language))")
                }
            }
        }
    }
}

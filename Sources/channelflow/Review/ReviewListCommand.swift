import ArgumentParser
import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowStore

/// `channelflow review list [--channel ID] [--overdue]`: the orders waiting for review with their
/// deadlines; unknown deadlines are flagged with the reason. No personal data is listed.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Orders waiting for review, with their deadlines. 待审核订单及审核期限。",
        discussion: """
        One line per order, the longest waiting first: order, channel, flow, subject (USCC), submitted, \
        due, and a flag: overdue, or unknown with the reason (add the missing Calendars/YYYY.yaml). \
        --overdue lists only orders past their last day; unknown deadlines are never counted overdue.
        """)

    @Option(help: "Only this channel. 仅此渠道。") var channel: String?
    @Flag(help: "Only orders past their deadline. 仅列出已超期订单。") var overdue = false
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try OrderOperation.perform(engineOptions, language) { (engine) throws(EngineError) -> String in
            let today = engine.configuration.clock.today()
            let items = try engine.reviewQueue(channel: channel).filter { !overdue || ($0.deadline?.isOverdue(on: today) ?? false) }
            if json {
                return JSONWriter(pretty: true).string(.array(items.map { item in
                    .object([
                        ("order", .string(item.record.id)), ("channel", .string(item.record.channel)), ("flow", .string(item.record.flow)),
                        ("subject", item.record.subject.map(JSONValue.string) ?? .null),
                        ("review", item.deadline.map(ReviewOutput.value) ?? .null),
                        ("overdue", .bool(item.deadline?.isOverdue(on: today) ?? false)),
                    ])
                }))
            }
            var lines = items.map { item in
                [item.record.id, item.record.channel, item.record.flow, item.record.subject ?? "-",
                 item.deadline.map { $0.submitted.description } ?? "-", due(item.deadline), flag(item.deadline, today, language)]
                    .joined(separator: "\t")
            }
            let unknown = items.filter { if case .unknown = $0.deadline?.due { true } else { false } }.count
            if unknown > 0 {
                lines.append(language == .zh
                    ? "! \(unknown) 个订单的审核期限未知：请添加缺少年份的日历文件（Calendars/YYYY.yaml）"
                    : "! \(unknown) order\(unknown == 1 ? " has" : "s have") an unknown deadline: add the missing year's calendar file (Calendars/YYYY.yaml)")
            }
            return lines.joined(separator: "\n")
        }
    }

    private func due(_ deadline: ReviewDeadline?) -> String {
        guard let deadline else { return "-" }
        switch deadline.due {
        case let .known(_, earliest, latest): return earliest == latest ? "\(latest)" : "\(earliest)..\(latest)"
        case .unknown: return "unknown"
        }
    }

    private func flag(_ deadline: ReviewDeadline?, _ today: CivilDate, _ language: Language) -> String {
        guard let deadline else { return "" }
        if case let .unknown(error) = deadline.due { return "! " + (language == .zh ? error.message.zh : error.message.en) }
        return deadline.isOverdue(on: today) ? (language == .zh ? "超期" : "overdue") : ""
    }
}

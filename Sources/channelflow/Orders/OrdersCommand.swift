public import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowEngine
public import FlowStore

/// `channelflow orders list|check`: an operator's listing (no personal data in it) and the
/// database check.
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Operator listings of orders and the database check. 订单列表与数据库检查。",
        subcommands: [List.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List orders, newest first. 按时间倒序列出订单。")

        @Option(help: "Only this channel. 仅此渠道。") var channel: String?
        @Option(help: "Only this subject (USCC). 仅此主体。") var subject: String?
        @Option(help: "Only this status: active, waiting, completed, cancelled. 仅此状态。") var status: OrderStatus?
        @Option(help: "At most this many. 最多条数。") var limit = 100
        @Flag(help: "Print JSON. 输出 JSON。") var json = false
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let filter = OrderFilter(channel: channel, subject: subject, status: status, limit: limit)
            try OrderOperation.perform(engineOptions, languageOption.language) { (engine) throws(EngineError) -> String in
                let orders = try engine.orders(filter)
                if json {
                    return JSONWriter(pretty: true).string(.array(orders.map { order in
                        .object([
                            ("order", .string(order.id)), ("channel", .string(order.channel)), ("flow", .string(order.flow)),
                            ("status", .string(order.status.rawValue)), ("step", .string(order.step)),
                            ("subject", order.subject.map(JSONValue.string) ?? .null),
                            ("updated_at", .string(OrderViewOutput.timestamp(order.updatedAt))),
                        ])
                    }))
                }
                return orders.map { order in
                    [order.id, order.channel, order.flow, order.status.rawValue + (order.wait.map { ":" + $0 } ?? ""), order.step,
                     order.subject ?? "-", OrderViewOutput.timestamp(order.updatedAt)].joined(separator: "\t")
                }.joined(separator: "\n")
            }
        }
    }
}

extension OrderStatus: ExpressibleByArgument {}

public import ArgumentParser
import FlowDiagnostics
import FlowModel
import FlowEngine
public import FlowStore

/// `channelflow orders list|check|query|ship|delivered`: an operator's listing (no personal data
/// in it), the database check, the order-management query and the shipment commands.
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Order listings, the database check, order management and shipping. 订单列表、数据库检查、订单管理与发货。",
        subcommands: [List.self, Check.self, OrdersQueryCommand.self, OrdersShipCommand.self, OrdersDeliveredCommand.self])

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

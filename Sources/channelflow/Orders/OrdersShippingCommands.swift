import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowStore

/// `channelflow orders ship ORDER`: the operator hands the order's UKEY to the carrier (sandbox
/// logistics: a tracking number); its mailing address can no longer change.
struct OrdersShipCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ship", abstract: "Hand an order's UKEY to the carrier. UKEY 发货。")

    @Argument(help: "The order number. 订单号。") var order: String
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let setup = try EngineSetup(engineOptions)
            do {
                let shipment = try await setup.engine.ship(order)
                Terminal.printOut(ShipmentLine.text(shipment, language))
            } catch let error as EngineError {
                Terminal.printError(error.message.text(language))
                throw ExitStatus(error).exitCode
            }
        }
    }
}

/// `channelflow orders delivered ORDER`: the carrier delivered the order's UKEY.
struct OrdersDeliveredCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delivered", abstract: "Record that an order's UKEY was delivered. 记录 UKEY 已签收。")

    @Argument(help: "The order number. 订单号。") var order: String
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        try OrderOperation.perform(engineOptions, languageOption.language) { (engine) throws(EngineError) -> String in
            ShipmentLine.text(try engine.deliver(order), languageOption.language)
        }
    }
}

/// One shipment for people; the address is not printed (personal data).
enum ShipmentLine {
    static func text(_ shipment: ShipmentRecord, _ language: Language) -> String {
        let tracking = shipment.tracking ?? "-"
        return language == .zh
            ? "订单 \(shipment.orderId) 快递状态：\(shipment.status.rawValue)，运单号 \(tracking)"
            : "order \(shipment.orderId) shipment: \(shipment.status.rawValue), tracking \(tracking)"
    }
}

import FlowDiagnostics

/// The order an order-management action works on: an entry of the query's `orders` list
/// (`ORDER FLOW STATUS`), so an answers file cannot reach an order the identity check did not show.
enum ListedOrder {
    static func id(_ context: ActionContext) throws(EngineError) -> String {
        let selected = try context.string("order")
        guard case let .list(listed)? = context.value("orders"), listed.contains(.string(selected)),
              let id = selected.split(separator: " ").first.map(String.init)
        else {
            throw .notAllowed(LocalizedMessage(
                en: "the order is not among the orders found by the query", zh: "所选订单不在查询结果中"))
        }
        return id
    }
}

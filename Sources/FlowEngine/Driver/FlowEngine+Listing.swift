public import FlowStore

extension FlowEngine {
    /// Orders for an operator's listing.
    public func orders(_ filter: OrderFilter) throws(EngineError) -> [OrderRecord] {
        do { return try store.orders(filter) } catch { throw .storage(error) }
    }
}

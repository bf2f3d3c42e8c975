import FlowStore

/// The newest code of an order among several purposes.
struct OneTimeCodeRecordLookup {
    let latest: OneTimeCodeRecord?

    init(store: OrderStore, order: String, purposes: [String]) throws {
        latest = try purposes.compactMap { try store.latestCode(order: order, purpose: $0) }.max { $0.sentAt < $1.sentAt }
    }
}

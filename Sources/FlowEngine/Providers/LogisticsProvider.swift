/// The carrier that takes a UKEY to its mailing address; it answers a tracking number.
public protocol LogisticsProvider: Sendable {
    var kind: ProviderKind { get }
    func dispatch(order: String, address: String) async throws(ProviderError) -> String
}

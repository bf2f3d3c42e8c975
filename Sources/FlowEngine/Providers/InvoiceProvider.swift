/// What an invoice says: the buyer is the applicant company, its USCC the tax number.
public struct InvoiceContent: Sendable, Hashable {
    public var number: String
    public var order: String
    public var title: String
    public var taxNumber: String
    public var amountFen: Int64
    /// Milliseconds since the epoch.
    public var issuedAt: Int64
    /// The number this one replaces, for a re-issue.
    public var replaces: String?

    public init(number: String, order: String, title: String, taxNumber: String, amountFen: Int64, issuedAt: Int64, replaces: String?) {
        self.number = number
        self.order = order
        self.title = title
        self.taxNumber = taxNumber
        self.amountFen = amountFen
        self.issuedAt = issuedAt
        self.replaces = replaces
    }
}

/// The e-invoice service: turns invoice content into its PDF and saves a copy to download. A
/// real one is an e-invoice platform behind the same protocol.
public protocol InvoiceProvider: Sendable {
    var kind: ProviderKind { get }
    func issue(_ invoice: InvoiceContent) async throws(ProviderError) -> [UInt8]
    /// Writes the PDF where downloads go; returns the file's path.
    func save(_ pdf: [UInt8], number: String) throws(ProviderError) -> String
}

public import Foundation
public import GRDB

/// An electronic invoice of an order: the company as title, its USCC as tax number, the amount
/// paid, and the PDF the invoice provider produced. A re-issued invoice names its successor.
public struct InvoiceRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "invoice"

    /// `FP-ORDER-N`: N counts the order's invoices from 1.
    public var number: String
    public var orderId: String
    public var title: String
    public var taxNumber: String
    public var amountFen: Int64
    /// Where it was e-mailed (the agent's address by default).
    public var email: String
    public var provider: String
    public var issuedAt: Int64
    public var replacedBy: String?
    public var pdf: Data

    public init(
        number: String, orderId: String, title: String, taxNumber: String, amountFen: Int64, email: String, provider: String,
        issuedAt: Int64, replacedBy: String? = nil, pdf: Data
    ) {
        self.number = number
        self.orderId = orderId
        self.title = title
        self.taxNumber = taxNumber
        self.amountFen = amountFen
        self.email = email
        self.provider = provider
        self.issuedAt = issuedAt
        self.replacedBy = replacedBy
        self.pdf = pdf
    }

    public static func number(order: String, sequence: Int) -> String {
        "FP-\(order)-\(sequence)"
    }
}

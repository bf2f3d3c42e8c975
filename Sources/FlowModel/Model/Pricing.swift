/// A product on sale in a flow, with its prices by validity.
public struct Product: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var name: Located<LocalizedText>
    public var medium: Located<Medium>
    public var prices: [PriceTier]

    public init(id: Located<String>, name: Located<LocalizedText>, medium: Located<Medium>, prices: [PriceTier]) {
        self.id = id
        self.name = name
        self.medium = medium
        self.prices = prices
    }
}

/// The price of a product for a number of years, in fen.
public struct PriceTier: Sendable, Hashable, Codable {
    public var years: Located<Int>
    public var fen: Located<Int64>

    public init(years: Located<Int>, fen: Located<Int64>) {
        self.years = years
        self.fen = fen
    }
}

/// A signature/seal option (签章选择) that adds to the price.
public struct SealOption: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var name: Located<LocalizedText>
    public var fen: Located<Int64>

    public init(id: Located<String>, name: Located<LocalizedText>, fen: Located<Int64>) {
        self.id = id
        self.name = name
        self.fen = fen
    }
}

/// How an order is paid.
public struct PaymentRule: Sendable, Hashable, Codable {
    public var methods: [Located<PaymentMethod>]

    public init(methods: [Located<PaymentMethod>]) {
        self.methods = methods
    }
}

/// Whether and how an invoice is issued. The title is always the applicant company.
public struct InvoiceRule: Sendable, Hashable, Codable {
    public var mode: Located<InvoiceMode>
    /// When set, an invoice is offered only when the expression holds (e.g. the amount is above zero).
    public var when: Located<String>?
    /// The field whose answer is the invoice title (the company name; not editable).
    public var titleField: Located<String>
    /// The field whose answer is the tax number (the USCC).
    public var taxNumberField: Located<String>
    /// The field the invoice e-mail goes to by default (the agent's).
    public var emailField: Located<String>

    public init(
        mode: Located<InvoiceMode>, when: Located<String>? = nil, titleField: Located<String>,
        taxNumberField: Located<String>, emailField: Located<String>
    ) {
        self.mode = mode
        self.when = when
        self.titleField = titleField
        self.taxNumberField = taxNumberField
        self.emailField = emailField
    }
}

/// How long review takes and when it is skipped.
public struct ReviewRule: Sendable, Hashable, Codable {
    public var minWorkingDays: Located<Int>
    public var maxWorkingDays: Located<Int>
    /// When this expression holds the order is approved without an operator.
    public var autoApprove: Located<String>?

    public init(minWorkingDays: Located<Int>, maxWorkingDays: Located<Int>, autoApprove: Located<String>? = nil) {
        self.minWorkingDays = minWorkingDays
        self.maxWorkingDays = maxWorkingDays
        self.autoApprove = autoApprove
    }
}

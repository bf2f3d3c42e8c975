/// A sales or service channel as written in `Channels/`: which flows it offers and how it
/// narrows or extends each of them.
public struct Channel: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var name: Located<LocalizedText>
    public var kind: Located<ChannelKind>
    public var description: LocalizedText?
    public var flows: [FlowOverlay]

    public init(
        id: Located<String>, name: Located<LocalizedText>, kind: Located<ChannelKind>,
        description: LocalizedText? = nil, flows: [FlowOverlay]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.flows = flows
    }
}

/// What a channel changes in one flow it enables.
public struct FlowOverlay: Sendable, Hashable, Codable {
    public var flow: Located<String>
    public var title: Located<LocalizedText>?
    public var settings: [SettingValue]
    public var choices: [ChoiceOverlay]
    public var materials: [MaterialOverlay]
    public var prices: [ProductPrices]
    public var sealOptions: [SealPrice]
    public var paymentMethods: [Located<PaymentMethod>]?
    public var invoiceMode: Located<InvoiceMode>?
    public var review: ReviewRule?
    public var steps: [StepOverlay]
    public var fields: [FieldOverlay]

    public init(
        flow: Located<String>, title: Located<LocalizedText>? = nil, settings: [SettingValue] = [],
        choices: [ChoiceOverlay] = [], materials: [MaterialOverlay] = [], prices: [ProductPrices] = [],
        sealOptions: [SealPrice] = [], paymentMethods: [Located<PaymentMethod>]? = nil,
        invoiceMode: Located<InvoiceMode>? = nil, review: ReviewRule? = nil, steps: [StepOverlay] = [],
        fields: [FieldOverlay] = []
    ) {
        self.flow = flow
        self.title = title
        self.settings = settings
        self.choices = choices
        self.materials = materials
        self.prices = prices
        self.sealOptions = sealOptions
        self.paymentMethods = paymentMethods
        self.invoiceMode = invoiceMode
        self.review = review
        self.steps = steps
        self.fields = fields
    }
}

/// A channel's value for a flow setting.
public struct SettingValue: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var value: Located<ScalarValue>

    public init(id: Located<String>, value: Located<ScalarValue>) {
        self.id = id
        self.value = value
    }
}

/// The options of a choice this channel offers (a subset of the flow's, in the channel's order).
public struct ChoiceOverlay: Sendable, Hashable, Codable {
    public var field: Located<String>
    public var options: [Located<String>]

    public init(field: Located<String>, options: [Located<String>]) {
        self.field = field
        self.options = options
    }
}

/// A channel's changes to one material.
public struct MaterialOverlay: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var required: Bool?
    public var enabled: Bool?
    public var name: Located<LocalizedText>?

    public init(id: Located<String>, required: Bool? = nil, enabled: Bool? = nil, name: Located<LocalizedText>? = nil) {
        self.id = id
        self.required = required
        self.enabled = enabled
        self.name = name
    }
}

/// A channel's prices for one product; they replace the flow's.
public struct ProductPrices: Sendable, Hashable, Codable {
    public var product: Located<String>
    public var prices: [PriceTier]

    public init(product: Located<String>, prices: [PriceTier]) {
        self.product = product
        self.prices = prices
    }
}

/// A channel's price for one seal option.
public struct SealPrice: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var fen: Located<Int64>

    public init(id: Located<String>, fen: Located<Int64>) {
        self.id = id
        self.fen = fen
    }
}

/// A channel's display name for a step.
public struct StepOverlay: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var title: Located<LocalizedText>?

    public init(id: Located<String>, title: Located<LocalizedText>? = nil) {
        self.id = id
        self.title = title
    }
}

/// A channel's changes to a field: its label, whether it is required, its default.
public struct FieldOverlay: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var label: Located<LocalizedText>?
    public var required: Bool?
    public var defaultValue: Located<ScalarValue>?

    public init(id: Located<String>, label: Located<LocalizedText>? = nil, required: Bool? = nil, defaultValue: Located<ScalarValue>? = nil) {
        self.id = id
        self.label = label
        self.required = required
        self.defaultValue = defaultValue
    }
}

/// A business process as written in `Flows/`: a template every channel overlays.
public struct Flow: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var title: Located<LocalizedText>
    public var description: LocalizedText?
    public var category: Located<FlowCategory>
    public var media: [Located<Medium>]
    public var entry: Located<FlowEntry>
    public var guardRule: GuardRule
    public var beforeStart: BeforeStart
    public var settings: [Setting]
    public var materials: [Material]
    public var products: [Product]
    public var sealOptions: [SealOption]
    public var payment: PaymentRule?
    public var invoice: InvoiceRule?
    public var review: ReviewRule?
    public var steps: [Step]

    public init(
        id: Located<String>, title: Located<LocalizedText>, description: LocalizedText? = nil,
        category: Located<FlowCategory>, media: [Located<Medium>], entry: Located<FlowEntry>,
        guardRule: GuardRule, beforeStart: BeforeStart = BeforeStart(), settings: [Setting] = [],
        materials: [Material] = [], products: [Product] = [], sealOptions: [SealOption] = [],
        payment: PaymentRule? = nil, invoice: InvoiceRule? = nil, review: ReviewRule? = nil, steps: [Step]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.category = category
        self.media = media
        self.entry = entry
        self.guardRule = guardRule
        self.beforeStart = beforeStart
        self.settings = settings
        self.materials = materials
        self.products = products
        self.sealOptions = sealOptions
        self.payment = payment
        self.invoice = invoice
        self.review = review
        self.steps = steps
    }

    /// The step with this id.
    public func step(_ id: String) -> Step? {
        steps.first { $0.id.value == id }
    }

    /// Every field of the flow in step order, choice options' fields included.
    public var allFields: FlowFields {
        FlowFields(steps: steps)
    }

    /// The material with this id.
    public func material(_ id: String) -> Material? {
        materials.first { $0.id.value == id }
    }
}

/// Which open orders block a new one, and the other conditions to start.
public struct GuardRule: Sendable, Hashable, Codable {
    public var openOrder: Located<OpenOrderGuard>
    /// The field holding the subject's USCC, for the subject guard.
    public var subjectField: Located<String>?
    /// The renewal window: the flow may start only this many days before the certificate expires.
    public var renewalWindowDays: Located<Int>?

    public init(openOrder: Located<OpenOrderGuard>, subjectField: Located<String>? = nil, renewalWindowDays: Located<Int>? = nil) {
        self.openOrder = openOrder
        self.subjectField = subjectField
        self.renewalWindowDays = renewalWindowDays
    }
}

/// What the applicant is told before the flow starts (the manual's table 1).
public struct BeforeStart: Sendable, Hashable, Codable {
    public var materials: [Located<String>]
    public var notes: [Located<LocalizedText>]

    public init(materials: [Located<String>] = [], notes: [Located<LocalizedText>] = []) {
        self.materials = materials
        self.notes = notes
    }
}

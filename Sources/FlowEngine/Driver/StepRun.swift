import FlowModel
import FlowStore

/// One step's work in progress: the state as the actions change it, and everything the commit
/// will write.
struct StepRun {
    var state: OrderState
    /// Outputs of the step the order is at (entry actions included), kept until it completes.
    var stepOutputs: [String: OrderValue]
    var wait: WaitState?
    var issued: IssuedCertificate?
    /// The captcha issued as the step was entered, to show with the report.
    var captcha: CaptchaImage?
    var summaries: [ActionSummary] = []
    /// Steps completed by this run.
    var completed: [StepResultRecord] = []
    /// The next step's entry failed after this step completed: reported once the commit is made.
    var deferred: EngineError?
    var events: [EventRecord] = []
    var codes: [OneTimeCodeRecord] = []
    var payments: [PaymentRecord] = []
    var outbox: [OutboxRecord] = []
    var materialBlobs: [MaterialBlobRecord] = []
    var orderMaterials: [OrderMaterialRecord] = []
    var invoices: [InvoiceRecord] = []

    init(state: OrderState, stepOutputs: [String: OrderValue]) {
        self.state = state
        self.stepOutputs = stepOutputs
    }

    mutating func absorb(_ name: String, _ effects: ActionEffects, at: Int64) {
        state.outputs.merge(effects.outputs) { _, new in new }
        stepOutputs.merge(effects.outputs) { _, new in new }
        if let wait = effects.wait { self.wait = wait }
        if let issued = effects.issued { self.issued = issued }
        absorbWrites(effects)
        for material in effects.orderMaterials { state.materials[material.material] = material.sha256 }
        summaries.append(ActionSummary(step: state.step, name: name, detail: effects.detail))
        var detail = effects.detail
        detail["action"] = name
        event("action", detail, at: at)
        for extra in effects.events { event(extra.kind, extra.detail, at: at) }
    }

    /// The writes a refused action still needs (a wrong code counted).
    mutating func absorbWrites(_ effects: ActionEffects) {
        codes += effects.codes
        payments += effects.payments
        outbox += effects.outbox
        materialBlobs += effects.materialBlobs
        orderMaterials += effects.orderMaterials
    }

    mutating func event(_ kind: String, _ detail: [String: String], at: Int64) {
        events.append(EventRecord(orderId: state.id, at: at, kind: kind, step: state.step, detail: JSONText.object(detail)))
    }

    /// The commit of this run for `record` as it was read.
    func commit(_ record: OrderRecord, answers: [String: OrderValue], answerStep: String, now: Int64) -> OrderCommit {
        var order = record
        order.status = state.status
        order.step = state.step
        order.wait = state.wait?.rawValue
        order.guardKind = state.guardKind
        order.guardKey = state.guardKey
        order.subject = state.subject
        order.pending = OrderValue.json(stepOutputs)
        order.updatedAt = now
        var commit = OrderCommit(order: order, previous: record)
        commit.answers = answers.sorted { $0.key < $1.key }.map {
            AnswerRecord(orderId: state.id, step: answerStep, field: $0.key, value: $0.value.json)
        }
        commit.stepResults = completed
        commit.events = events
        commit.codes = codes
        commit.payments = payments
        commit.outbox = outbox
        commit.materialBlobs = materialBlobs
        commit.orderMaterials = orderMaterials
        commit.invoices = invoices
        return commit
    }
}

import FlowDiagnostics
public import FlowModel
public import FlowStore

/// An order for `channelflow show`: where it is, what it gathered (masked), its history.
public struct OrderView: Sendable {
    public var record: OrderRecord
    public var flowTitle: LocalizedText
    public var channelName: LocalizedText
    public var stepTitle: LocalizedText
    public var path: [String]
    public var answers: [MaskedAnswer]
    public var payments: [PaymentRecord]
    public var materials: [OrderMaterialRecord]
    public var events: [EventRecord]
    /// When the review is due, while the order waits for it (computed from today's calendar).
    public var review: ReviewDeadline?
    /// Every review decision so far, oldest first: a rejected order shows why it came back.
    public var decisions: [ReviewDecision]
}

extension FlowEngine {
    public func show(_ id: String) throws(EngineError) -> OrderView {
        // One read for the order and its payments and materials, so that they agree; the events
        // are read after it, and may already hold a step committed in between.
        let snapshot = try snapshot(id)
        let loaded = try loaded(snapshot)
        let flow = loaded.machine.flow
        let answers = Self.maskedAnswers(loaded)
        let events = try events(id)
        return OrderView(
            record: loaded.record, flowTitle: flow.title.value, channelName: loaded.machine.definition.channel.name,
            stepTitle: try loaded.machine.step(loaded.state.step).title.value, path: loaded.state.path, answers: answers,
            payments: snapshot.payments, materials: snapshot.materials, events: events,
            review: reviewDeadline(loaded), decisions: events.compactMap(ReviewDecision.init))
    }

    /// The order's answers as every output shows them (masked), each field once, in the flow's
    /// order: a confirmation page's summary, without the history and payments `show` reads too.
    public func maskedAnswers(_ id: String) throws(EngineError) -> [MaskedAnswer] {
        Self.maskedAnswers(try load(id))
    }

    private static func maskedAnswers(_ loaded: Loaded) -> [MaskedAnswer] {
        var answers: [MaskedAnswer] = []
        for step in loaded.machine.flow.steps {
            let option = loaded.machine.chosenOption(step, loaded.state.answers)
            answers += masked(loaded.state.answers, step: step, option: option)
                .filter { answer in !answers.contains { $0.field == answer.field } }
        }
        return answers
    }
}

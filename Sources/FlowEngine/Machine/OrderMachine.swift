public import FlowDomain
public import FlowModel
import FlowDiagnostics
import FlowExpressions
import FlowStore

/// The pure core of the interpreter: given a pinned definition and an order's state, it says
/// which step comes first, what a step asks, whether answers are valid, which actions run with
/// which arguments, and where the order goes next. It performs no I/O; the driver does.
public struct OrderMachine: Sendable {
    let plan: MachinePlan
    /// The date of the operation at hand; a cached order gets the date of each new call.
    public internal(set) var today: CivilDate
    let expressions: ExpressionCache

    init(plan: MachinePlan, today: CivilDate, expressions: ExpressionCache) {
        self.plan = plan
        self.today = today
        self.expressions = expressions
    }

    public var definition: CompiledFlow { plan.definition }

    public var flow: Flow { plan.definition.flow }

    public func step(_ id: String) throws(EngineError) -> Step {
        guard let offset = plan.stepsByID[id] else {
            throw .definition(LocalizedMessage(en: "the flow has no step \(id)", zh: "流程中没有步骤 \(id)"))
        }
        return plan.definition.flow.steps[offset]
    }

    // MARK: Expressions

    func evaluate(_ text: String, _ state: OrderState) throws(EngineError) -> ExpressionValue {
        let expression = try expressions.expression(text)
        do {
            return try ExpressionEvaluator.evaluate(expression, environment: { lookup($0, state) }, today: today)
        } catch {
            throw .definition(LocalizedMessage(
                en: "cannot evaluate `\(text)`: \(error.message.en)", zh: "无法计算 `\(text)`：\(error.message.zh)"))
        }
    }

    func holds(_ condition: Located<String>?, _ state: OrderState) throws(EngineError) -> Bool {
        guard let condition else { return true }
        return try evaluate(condition.value, state) == .bool(true)
    }

    private func lookup(_ path: [String], _ state: OrderState) -> ExpressionValue? {
        if path.count == 2, path[0] == "channel" {
            return definition.setting(path[1]).map(Self.value(of:))
        }
        let name = path.joined(separator: ".")
        if let answer = state.answers[name] { return answer.expressionValue }
        if let output = state.outputs[name] { return output.expressionValue }
        // A known name without a value yet (a skipped step, an action that has not run) reads as null.
        return .null
    }

    private static func value(of scalar: ScalarValue) -> ExpressionValue {
        switch scalar {
        case let .string(text): .string(text)
        case let .int(number): .int(Int64(number))
        case let .bool(flag): .bool(flag)
        case let .decimal(text): (try? Money(yuan: text)).map(ExpressionValue.money) ?? .string(text)
        }
    }

    // MARK: Steps and transitions

    /// The first step that applies, skipping steps whose `when` does not hold.
    public func firstStep(_ state: OrderState) throws(EngineError) -> String {
        guard let first = flow.steps.first else {
            throw .definition(LocalizedMessage(en: "the flow has no steps", zh: "流程没有步骤"))
        }
        return try applicable(first.id.value, state)
    }

    /// Where the order goes after `stepID`, or nil when the step is the last one.
    public func next(after stepID: String, _ state: OrderState) throws(EngineError) -> String? {
        let current = try step(stepID)
        for transition in current.next where try holds(transition.when, state) {
            return try applicable(transition.target.value, state)
        }
        return nil
    }

    private func applicable(_ id: String, _ state: OrderState) throws(EngineError) -> String {
        var candidate = id
        for _ in 0...flow.steps.count {
            let step = try step(candidate)
            if try holds(step.when, state) { return candidate }
            guard let skip = try next(after: candidate, state) else { return candidate }
            candidate = skip
        }
        throw .definition(LocalizedMessage(en: "the steps skip each other in a circle", zh: "步骤之间循环跳过"))
    }

    /// The choice option the answers picked, if the step has a choice.
    func chosenOption(_ step: Step, _ answers: [String: OrderValue]) -> ChoiceOption? {
        guard let choice = step.choice, case let .string(id)? = answers[choice.field.value] else { return nil }
        return choice.options.first { $0.id.value == id }
    }

    /// The options a choice offers now (the channel has already narrowed them at compile time).
    func offeredOptions(_ choice: Choice, _ state: OrderState) throws(EngineError) -> [ChoiceOption] {
        var offered: [ChoiceOption] = []
        for option in choice.options where try holds(option.when, state) { offered.append(option) }
        return offered
    }

    /// The fields a step asks, for the option chosen (or the step's own when it has no choice).
    func visibleFields(_ step: Step, option: ChoiceOption?, _ state: OrderState) throws(EngineError) -> [Field] {
        var fields: [Field] = []
        for field in step.fields(choosing: option) where try holds(field.when, state) { fields.append(field) }
        return fields
    }

    /// The materials a step asks for now: enabled, applicable, and not carried over from earlier.
    func pendingMaterials(_ step: Step, _ state: OrderState) throws(EngineError) -> [Material] {
        var result: [Material] = []
        for id in step.materials {
            guard let material = flow.material(id.value), material.enabled, try holds(material.when, state) else { continue }
            if material.carriedOver, state.materials[material.id.value] != nil { continue }
            result.append(material)
        }
        return result
    }

    /// A step with nothing to answer runs as soon as it is reached.
    func isAutomatic(_ step: Step, _ state: OrderState) throws(EngineError) -> Bool {
        guard step.choice == nil, try pendingMaterials(step, state).isEmpty else { return false }
        for field in try visibleFields(step, option: nil, state) where !field.readOnly {
            return false
        }
        return true
    }

    // MARK: Actions

    /// The values of a call's arguments; optional arguments that evaluate to null are left out.
    func arguments(_ call: ActionCall, _ state: OrderState) throws(EngineError) -> [String: OrderValue] {
        var values: [String: OrderValue] = [:]
        for argument in call.arguments {
            let value = try evaluate(argument.expression.value, state)
            if let converted = OrderValue(value) { values[argument.name.value] = converted }
        }
        return values
    }
}

public import FlowModel
import FlowDiagnostics
public import FlowExpressions

/// Facts about one flow that several rules need: the step graph, what is defined before each
/// step, and the expression scope at each step. A class: the rules pass analyses around, and
/// copying one as a value would copy its flow's every array and string reference.
public final class FlowAnalysis: Sendable {
    public let flow: Flow
    /// Set for a compiled pair: the channel's view of the flow.
    public let compiled: CompiledFlow?
    /// Step id → index in `flow.steps` (first occurrence).
    public let stepIndex: [String: Int]
    /// For each step index, the indices it can go to (`next` targets; a skipped step's too).
    public let successors: [[Int]]
    /// Step indices reachable from the first step.
    public let reachable: Set<Int>
    private let settings: [String]

    public init(flow: Flow, settings: [String], compiled: CompiledFlow? = nil) {
        self.flow = flow
        self.compiled = compiled
        self.settings = settings
        var index: [String: Int] = [:]
        index.reserveCapacity(flow.steps.count)
        for (position, step) in flow.steps.enumerated() where index[step.id.value] == nil {
            index[step.id.value] = position
        }
        stepIndex = index
        successors = flow.steps.map { step in step.next.compactMap { index[$0.target.value] } }
        var seen: Set<Int> = []
        seen.reserveCapacity(flow.steps.count)
        var stack = flow.steps.isEmpty ? [] : [0]
        while let current = stack.popLast() {
            guard seen.insert(current).inserted else { continue }
            stack += successors[current]
        }
        reachable = seen
    }

    /// Every definition of the flow, indexed once; each step's scope is a view of it.
    public func allScopes() -> StepScopes {
        var definitions: [String: StepScope.Definition] = [:]
        // Growing the table as it fills rehashes every name again; most steps define a few names.
        definitions.reserveCapacity(settings.count + flow.steps.count * 4)
        for setting in flow.settings where settings.contains(setting.id.value) {
            definitions["channel." + setting.id.value] = .init(step: -1, entry: ScopeTable.Entry(setting.expressionType), stepID: nil)
        }
        for setting in settings where definitions["channel." + setting] == nil {
            definitions["channel." + setting] = .init(step: -1, entry: ScopeTable.Entry(.string), stepID: nil)
        }
        for offset in flow.steps.indices {
            for (name, entry) in Self.definitions(of: flow.steps[offset]) where definitions[name] == nil {
                definitions[name] = .init(step: offset, entry: entry, stepID: flow.steps[offset].id)
            }
        }
        return StepScopes(definitions: definitions, lastStep: flow.steps.count - 1)
    }

    /// The names a step defines: its fields, its choice field, prefilled values and action outputs.
    static func definitions(of step: Step) -> [(String, ScopeTable.Entry)] {
        var result: [(String, ScopeTable.Entry)] = []
        let conditional = step.when != nil
        for field in step.fields {
            result.append((field.id.value, ScopeTable.Entry(field.expressionType, optional: conditional || field.isOptional)))
        }
        if let choice = step.choice {
            result.append((choice.field.value, ScopeTable.Entry(.enumeration(Set(choice.options.map(\.id.value))), optional: conditional)))
            let alternatives = choice.options.count > 1
            var byField: [String: Field] = [:]
            for option in choice.options {
                for field in option.fields where byField[field.id.value] == nil { byField[field.id.value] = field }
            }
            for option in choice.options {
                for field in option.fields {
                    result.append((field.id.value, ScopeTable.Entry(field.expressionType, optional: conditional || alternatives || field.isOptional)))
                }
                for rule in option.prefill {
                    let source = byField[rule.target.value].map(\.expressionType) ?? .string
                    result.append((rule.target.value, ScopeTable.Entry(source, optional: true)))
                }
            }
        }
        for action in step.allActions {
            for output in BuiltinActions.signature(action.name.value)?.outputs ?? [] {
                result.append((output.path, ScopeTable.Entry(output.type, optional: conditional || action.when != nil)))
            }
        }
        return result
    }
}

extension Field {
    /// Whether the answer may be absent at run time.
    var isOptional: Bool {
        if when != nil { return true }
        if case .always = required { return false }
        return true
    }
}

/// The expression scopes of a flow: one index of every definition, viewed from each step.
public struct StepScopes: Sendable {
    let definitions: [String: StepScope.Definition]
    let lastStep: Int

    /// The scope at step `position` (`-1` is before the first step).
    public func scope(at position: Int) -> StepScope {
        StepScope(definitions: definitions, position: position)
    }

    /// Everything the flow defines.
    public var flowScope: StepScope {
        scope(at: lastStep)
    }
}

/// What an expression at one step can read: what is defined at or before the step; what is defined
/// later is "not yet defined" with its place. Resolves like `ScopeTable` without copying a table per step.
public struct StepScope: ExpressionScope, Sendable {
    struct Definition: Sendable {
        /// The defining step's position; -1 for settings.
        var step: Int
        var entry: ScopeTable.Entry
        /// The defining step's id, nil for settings.
        var stepID: Located<String>?

        /// Where it is defined, for "not yet defined" messages; written only when one is reported.
        var place: String {
            guard let stepID else { return "" }
            return "step \"\(stepID.value)\" (\(stepID.location))"
        }
    }

    let definitions: [String: Definition]
    let position: Int

    public func resolve(_ path: [String]) -> ExpressionResolution {
        let name = path.joined(separator: ".")
        if let definition = definitions[name] {
            return definition.step <= position
                ? .value(definition.entry.type, optional: definition.entry.optional)
                : .notYetDefined(definedAt: definition.place)
        }
        if path.count > 1, let namespace = path.first {
            let prefix = namespace + "."
            let members = definitions.filter { $0.key.hasPrefix(prefix) && $0.value.step <= position }.map { String($0.key.dropFirst(prefix.count)) }
            if !members.isEmpty { return .unknownSetting(available: members.sorted()) }
        }
        return .unknown(suggestions: definitions.keys.sorted())
    }
}

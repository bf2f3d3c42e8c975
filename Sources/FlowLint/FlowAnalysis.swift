public import FlowModel
import FlowDiagnostics
public import FlowExpressions

/// Facts about one flow that several rules need: the step graph, what is defined before each
/// step, and the expression scope at each step.
public struct FlowAnalysis: Sendable {
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
        for (position, step) in flow.steps.enumerated() where index[step.id.value] == nil {
            index[step.id.value] = position
        }
        stepIndex = index
        successors = flow.steps.map { step in step.next.compactMap { index[$0.target.value] } }
        var seen: Set<Int> = []
        var stack = flow.steps.isEmpty ? [] : [0]
        while let current = stack.popLast() {
            guard seen.insert(current).inserted else { continue }
            stack += successors[current]
        }
        reachable = seen
    }

    /// The expression scope at step `position`: fields and outputs of that step and earlier
    /// ones, the flow's settings as `channel.<id>`; later definitions are "not yet defined".
    /// Before the first step (`-1`), only settings are known.
    public func scope(at position: Int) -> ScopeTable {
        allScopes().scope(at: position)
    }

    /// The scope for flow-level expressions (invoice, review): everything the flow defines.
    public var flowScope: ScopeTable {
        allScopes().flowScope
    }

    /// The scope at every step, computed in one pass over the definitions.
    public func allScopes() -> StepScopes {
        let definitions = flow.steps.map(Self.definitions(of:))
        var first: [String: (step: Int, place: String)] = [:]
        for (offset, step) in flow.steps.enumerated() {
            for (name, _) in definitions[offset] where first[name] == nil {
                first[name] = (offset, "step \"\(step.id.value)\" (\(step.id.location))")
            }
        }
        var values = settingEntries
        var later = first.mapValues(\.place)
        var scopes = [ScopeTable(values, later: later)]
        scopes.reserveCapacity(flow.steps.count + 1)
        for offset in flow.steps.indices {
            for (name, entry) in definitions[offset] where values[name] == nil {
                values[name] = entry
                later[name] = nil
            }
            scopes.append(ScopeTable(values, later: later))
        }
        return StepScopes(tables: scopes)
    }

    /// `channel.<id>` for every setting the flow (or its channel) has.
    private var settingEntries: [String: ScopeTable.Entry] {
        var values: [String: ScopeTable.Entry] = [:]
        for setting in settings {
            let type = flow.settings.first { $0.id.value == setting }.map { FieldTypes.type(of: $0) } ?? .string
            values["channel." + setting] = ScopeTable.Entry(type)
        }
        return values
    }

    /// The names a step defines: its fields, its choice field, prefilled values and action outputs.
    static func definitions(of step: Step) -> [(String, ScopeTable.Entry)] {
        var result: [(String, ScopeTable.Entry)] = []
        let conditional = step.when != nil
        for field in step.fields {
            result.append((field.id.value, ScopeTable.Entry(FieldTypes.type(of: field), optional: conditional || field.isOptional)))
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
                    result.append((field.id.value, ScopeTable.Entry(FieldTypes.type(of: field), optional: conditional || alternatives || field.isOptional)))
                }
                for rule in option.prefill {
                    let source = byField[rule.target.value].map(FieldTypes.type(of:)) ?? .string
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

/// The expression scope before the first step and at each step of a flow.
public struct StepScopes: Sendable {
    /// Element 0 is before the first step; element `i + 1` is at step `i`.
    let tables: [ScopeTable]

    /// The scope at step `position` (clamped; `-1` is before the first step).
    public func scope(at position: Int) -> ScopeTable {
        tables[max(0, min(position + 1, tables.count - 1))]
    }

    /// Everything the flow defines.
    public var flowScope: ScopeTable {
        tables[tables.count - 1]
    }
}

import FlowDiagnostics
import FlowExpressions
import FlowModel

/// One place a file holds an expression: its text and the type its value must have.
struct ExpressionSite: Sendable {
    /// The text, positioned at its first character (inside the quotes of a quoted scalar).
    let text: Located<String>
    /// `bool` for a condition, the field's type for `computed`, the declared type for an action
    /// argument; nil when nothing is expected (an argument the action does not take).
    let expected: ExpressionType?
    /// What the value is for, prefixed to a mismatch with `expected`:
    /// `argument "years" of action "price": expected int, found string`.
    let role: ExpressionRole
}

/// What an expression's value is for. Its wording is made only for a mismatch: most sites have none.
enum ExpressionRole: Sendable {
    case condition
    case computed(field: String)
    case argument(String, action: String)

    var message: LocalizedMessage {
        switch self {
        case .condition: LocalizedMessage(en: "condition", zh: "条件")
        case let .computed(field): LocalizedMessage(en: "computed value of field \"\(field)\"", zh: "字段 \"\(field)\" 的计算值")
        case let .argument(argument, action):
            LocalizedMessage(en: "argument \"\(argument)\" of action \"\(action)\"", zh: "动作 \"\(action)\" 的参数 \"\(argument)\"")
        }
    }
}

/// An expression site parsed and checked once per run; the expression rules report its issues.
/// A class, as each of those rules walks all of them.
final class CheckedExpression: Sendable {
    let site: ExpressionSite
    let parsed: Result<Expression, ExpressionIssue>
    /// Nil when the text did not parse.
    let result: CheckResult?

    init(site: ExpressionSite, parsed: Result<Expression, ExpressionIssue>, result: CheckResult?) {
        self.site = site
        self.parsed = parsed
        self.result = result
    }

    /// The syntax issue, or every issue the checker found.
    var issues: [ExpressionIssue] {
        let found: [ExpressionIssue] = switch parsed {
        case let .failure(issue): [issue]
        case .success: result?.issues ?? []
        }
        // A zero-width site is text whose offsets are not file columns (see `NodeReader.expression`).
        guard site.text.range.start == site.text.range.end else { return found }
        return found.map { issue in
            var placed = issue
            placed.range = site.text.range
            return placed
        }
    }
}

/// Finds every expression of the flow templates (and of channels' review rules), parses it at its
/// file position and checks it in the scope of the step it sits in. Flow-level expressions
/// (invoice, review) see every field; a material's condition sees what the step collecting it sees;
/// a step's own `when` is decided before the step, so it cannot read the step's own fields.
enum ExpressionChecks {
    static func check(_ analyses: [FlowAnalysis], channels: [Channel]) -> [CheckedExpression] {
        // Each flow's definitions are indexed once, for its own expressions and the channels' rules.
        let scoped = analyses.map { (analysis: $0, scopes: $0.allScopes()) }
        var checked = scoped.flatMap { analysis, scopes in
            let flowWide = SiteScope(analysis: analysis, table: scopes.flowScope)
            return sites(of: analysis, scopes: scopes).map { check($0.site, in: flowWide.narrowed(to: $0.scope)) }
        }
        for channel in channels {
            for overlay in channel.flows {
                guard let rule = overlay.review?.autoApprove,
                      let (analysis, scopes) = scoped.first(where: { $0.analysis.flow.id.value == overlay.flow.value }) else { continue }
                let site = ExpressionSite(text: rule, expected: .bool, role: .condition)
                checked.append(check(site, in: SiteScope(analysis: analysis, table: scopes.flowScope)))
            }
        }
        return checked
    }

    private static func sites(of analysis: FlowAnalysis, scopes: StepScopes) -> [(site: ExpressionSite, scope: StepScope)] {
        let flow = analysis.flow
        var found: [(site: ExpressionSite, scope: StepScope)] = []
        func add(_ text: Located<String>?, _ expected: ExpressionType?, _ scope: StepScope, role: ExpressionRole = .condition) {
            if let text { found.append((ExpressionSite(text: text, expected: expected, role: role), scope)) }
        }
        for (index, step) in flow.steps.enumerated() {
            let scope = scopes.scope(at: index)
            add(step.when, .bool, scopes.scope(at: index - 1))
            for transition in step.next { add(transition.when, .bool, scope) }
            for option in step.choice?.options ?? [] { add(option.when, .bool, scope) }
            for field in step.allFields {
                add(field.when, .bool, scope)
                if case let .when(condition) = field.required { add(condition, .bool, scope) }
                add(field.computed, field.expressionType, scope, role: .computed(field: field.id.value))
            }
            for action in step.allActions {
                add(action.when, .bool, scope)
                let signature = BuiltinActions.signature(action.name.value)
                for argument in action.arguments {
                    add(argument.expression, signature?.argument(argument.name.value)?.type, scope,
                        role: .argument(argument.name.value, action: action.name.value))
                }
            }
        }
        for material in flow.materials {
            let collecting = flow.steps.firstIndex { $0.materials.contains { $0.value == material.id.value } }
            add(material.when, .bool, collecting.map { scopes.scope(at: $0) } ?? scopes.flowScope)
        }
        add(flow.invoice?.when, .bool, scopes.flowScope)
        add(flow.review?.autoApprove, .bool, scopes.flowScope)
        return found
    }

    private static func check(_ site: ExpressionSite, in scope: SiteScope) -> CheckedExpression {
        let parsed = ExpressionParser.parse(site.text.value, origin: site.text.location)
        guard case let .success(expression) = parsed else { return CheckedExpression(site: site, parsed: parsed, result: nil) }
        var result = ExpressionChecker.check(expression, scope: scope, expecting: site.expected)
        guard !result.issues.isEmpty else { return CheckedExpression(site: site, parsed: parsed, result: result) }
        // What checking against the expected type adds is the mismatch, which the site's role explains.
        let unexpected = Set(ExpressionChecker.check(expression, scope: scope, expecting: nil).issues)
        result.issues = result.issues.map { issue in
            guard unexpected.contains(issue) else {
                var mismatch = issue
                let role = site.role.message
                mismatch.message = LocalizedMessage(en: "\(role.en): \(issue.message.en)", zh: "\(role.zh)：\(issue.message.zh)")
                return mismatch
            }
            return explainOutput(issue, references: expression.references)
        }
        return CheckedExpression(site: site, parsed: parsed, result: result)
    }

    /// `unknown name "price.amount"` becomes: it is an output of action "price", which no step runs.
    private static func explainOutput(_ issue: ExpressionIssue, references: [(path: [String], range: SourceRange)]) -> ExpressionIssue {
        guard issue.kind == .unknownName, let reference = references.first(where: { $0.range == issue.range }) else { return issue }
        let name = reference.path.joined(separator: ".")
        let actions = BuiltinActions.all.filter { $0.outputs.contains { $0.path == name } }.map { "\"\($0.name)\"" }
        guard !actions.isEmpty else { return issue }
        var explained = issue
        explained.message = LocalizedMessage(
            en: "unknown name \"\(name)\": it is an output of action \(actions.joined(separator: " or ")), which no step runs",
            zh: "未知的名称 \"\(name)\"：它是动作 \(actions.joined(separator: " 或 ")) 的输出，但没有步骤执行该动作"
        )
        return explained
    }
}

/// A step's scope, plus what the flow language knows beyond it: every `channel.x` names a setting
/// (so a flow without settings has none), and the namespaces of built-in action outputs
/// (`certificate`, `price` …) have fixed members, whichever actions the flow runs.
struct SiteScope: ExpressionScope {
    private(set) var table: StepScope
    let settings: [String]

    init(analysis: FlowAnalysis, table: StepScope) {
        self.table = table
        settings = analysis.flow.settings.map(\.id.value).sorted()
    }

    /// The same flow seen from a step: `table` is that step's scope.
    func narrowed(to table: StepScope) -> SiteScope {
        var scope = self
        scope.table = table
        return scope
    }

    /// Members of each namespace of built-in action outputs: `certificate` → `serial`, `uscc` ….
    static let outputMembers: [String: [String]] = {
        var members: [String: Set<String>] = [:]
        for output in BuiltinActions.all.flatMap(\.outputs) {
            let parts = output.path.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 { members[parts[0], default: []].insert(parts[1]) }
        }
        return members.mapValues { $0.sorted() }
    }()

    func resolve(_ path: [String]) -> ExpressionResolution {
        let resolution = table.resolve(path)
        switch resolution {
        case .unknown where path.count == 2 && path[0] == "channel":
            return .unknownSetting(available: settings)
        case .unknown, .unknownSetting:
            guard path.count == 2, let members = Self.outputMembers[path[0]] else { return resolution }
            // A real output whose action no step runs is an unknown name; anything else is no attribute.
            return members.contains(path[1]) ? .unknown(suggestions: []) : .unknownSetting(available: members)
        default:
            return resolution
        }
    }
}

/// The rules whose findings come from checking expressions; each reports one kind of issue.
protocol ExpressionRule: LintRule {
    var issueKind: ExpressionIssue.Kind { get }
}

extension ExpressionRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.expressionChecks.flatMap { checked in
            checked.issues.filter { $0.kind == issueKind }.map { diagnostic(at: checked.site.text.path, $0.range, $0.message) }
        }
    }
}

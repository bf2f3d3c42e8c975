import FlowDiagnostics
import FlowExpressions
import FlowModel
import FlowYAML

/// An action given an argument it does not take, or missing one it needs. Argument types are
/// checked as expressions (`expression-type`).
struct ActionArgumentsRule: LintRule {
    let id = "action-arguments"
    let summary = LocalizedMessage(en: "actions must get exactly the arguments they take", zh: "动作的参数必须与其定义一致")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
              - {id: years, label: {zh: 年限, en: Years}, type: int}
            actions:
              - run: price
                with: {product: "'cert'", years: years}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
              - {id: years, label: {zh: 年限, en: Years}, type: int}
            actions:
                     ↓
              - run: price
                                          ↓
                with: {product: "'cert'", year: years}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
                                                      ↓
            actions: [{run: issue_certificate, with: {order: "'current'"}}]
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.project.flows.flatMap { file -> [Diagnostic] in
            // The file is searched for written arguments only when a decoded action misses one:
            // in a clean project, never.
            var written: [SourceLocation: Set<String>]?
            return (file.model?.steps ?? []).flatMap(\.allActions).flatMap { action in
                check(action) {
                    let found = written ?? writtenArguments(file.root)
                    written = found
                    return found[action.name.location] ?? []
                }
            }
        }
    }

    /// - Parameter written: the argument names the file writes for this action, decoded or not.
    private func check(_ action: ActionCall, written: () -> Set<String>) -> [Diagnostic] {
        guard let signature = BuiltinActions.signature(action.name.value) else { return [] }
        var found = action.arguments.compactMap { argument -> Diagnostic? in
            guard signature.argument(argument.name.value) == nil else { return nil }
            return diagnostic(at: argument.name.path, argument.name.range, unknown(argument.name.value, of: signature))
        }
        let undecoded = signature.arguments.filter { expected in
            !expected.optional && !action.arguments.contains { $0.name.value == expected.name }
        }.map(\.name)
        let given = undecoded.isEmpty ? [] : written()
        let missing = undecoded.filter { !given.contains($0) }.map { "\"\($0)\"" }
        if !missing.isEmpty {
            let en = missing.count == 1 ? "argument" : "arguments"
            found.append(diagnostic(at: action.name.path, action.name.range, LocalizedMessage(
                en: "action \"\(signature.name)\" is missing required \(en) \(missing.joined(separator: ", "))",
                zh: "动作 \"\(signature.name)\" 缺少必需的参数 \(missing.joined(separator: "、"))"
            )))
        }
        return found
    }

    /// The argument names written under `with:`, by the position of the `run:` value, whatever
    /// their values: an argument whose value is no expression is the schema check's to report.
    private func writtenArguments(_ root: YAMLNode?) -> [SourceLocation: Set<String>] {
        var found: [SourceLocation: Set<String>] = [:]
        root?.walkMappings { node in
            guard let run = node["run"] else { return }
            found[run.start] = Set((node["with"]?.mapping ?? []).compactMap(\.key.string))
        }
        return found
    }

    private func unknown(_ name: String, of signature: ActionSignature) -> LocalizedMessage {
        let action = "\"\(signature.name)\""
        guard !signature.arguments.isEmpty else {
            return LocalizedMessage(en: "action \(action) takes no arguments, found \"\(name)\"",
                                    zh: "动作 \(action) 不接受参数，实际给出 \"\(name)\"")
        }
        return Alternatives.withAlternatives(
            LocalizedMessage(en: "action \(action) takes no argument \"\(name)\"", zh: "动作 \(action) 没有参数 \"\(name)\""),
            found: name, expected: signature.arguments.map(\.name)
        )
    }
}

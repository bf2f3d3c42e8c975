import FlowDiagnostics
import FlowLint

/// The diagnostics of one rule for a demo flow made of the example header and `steps`.
func lintSteps(_ steps: String, rule: String) -> [Diagnostic] {
    let linter = Linter(options: LintOptions(select: [rule]))
    return linter.lint([SourceFile(path: "Flows/demo.yaml", text: RuleExample.stepsHeader + steps)])
}

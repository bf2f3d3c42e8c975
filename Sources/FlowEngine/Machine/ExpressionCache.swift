import FlowDiagnostics
import FlowExpressions
import Synchronization

/// Parsed expressions by text, shared by every order on one definition: the linter has already
/// checked them, so parsing once per process is enough.
final class ExpressionCache: Sendable {
    private let parsed = Mutex<[String: Expression]>([:])

    func expression(_ text: String) throws(EngineError) -> Expression {
        if let cached = parsed.withLock({ $0[text] }) { return cached }
        switch ExpressionParser.parse(text, origin: SourceLocation(line: 1, column: 1)) {
        case let .success(expression):
            parsed.withLock { $0[text] = expression }
            return expression
        case let .failure(issue):
            throw .definition(LocalizedMessage(
                en: "the expression `\(text)` does not parse: \(issue.message.en); run `channelflow lint`",
                zh: "表达式 `\(text)` 无法解析：\(issue.message.zh)；请运行 `channelflow lint`"))
        }
    }
}

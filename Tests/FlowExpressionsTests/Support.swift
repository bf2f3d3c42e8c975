import FlowDiagnostics
import FlowDomain
import FlowExpressions

/// Parses `text` placed at `line`:`column`, failing the test on a syntax issue.
func parse(_ text: String, line: Int = 1, column: Int = 1) throws -> Expression {
    try ExpressionParser.parse(text, origin: SourceLocation(line: line, column: column)).get()
}

/// The syntax issue for `text` as `line:column: message`, or nil when it parses.
func syntaxIssue(_ text: String, line: Int = 1, column: Int = 1) -> String? {
    switch ExpressionParser.parse(text, origin: SourceLocation(line: line, column: column)) {
    case .success: nil
    case let .failure(issue): issue.description
    }
}

/// Checks `text` as a condition (or as `expecting`) in ``sampleScope``.
func check(_ text: String, expecting: ExpressionType? = .bool, scope: ScopeTable = sampleScope) throws -> CheckResult {
    ExpressionChecker.check(try parse(text), scope: scope, expecting: expecting)
}

/// The issues for `text` as `line:column: message` lines.
func issues(_ text: String, expecting: ExpressionType? = .bool) throws -> [String] {
    try check(text, expecting: expecting).issues.map(\.description)
}

func location(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(line: line, column: column)
}

func range(_ line: Int, _ start: Int, _ end: Int) -> SourceRange {
    SourceRange(start: location(line, start), end: location(line, end))
}

let methods: Set<String> = ["online", "ukey"]
let materialKinds: Set<String> = ["id_card", "licence", "seal"]

/// Names of a plausible new-certificate flow at some step.
let sampleScope = ScopeTable(
    [
        "method": .init(.enumeration(methods)),
        "count": .init(.int),
        "rate": .init(.decimal),
        "fee": .init(.money),
        "discount": .init(.money, optional: true),
        "name": .init(.string),
        "remark": .init(.string, optional: true),
        "agree": .init(.bool),
        "urgent": .init(.bool, optional: true),
        "expires": .init(.date),
        "renew_on": .init(.date, optional: true),
        "materials": .init(.list(.enumeration(materialKinds))),
        "tags": .init(.list(.string), optional: true),
        "channel.invoice_email": .init(.string, optional: true),
        "channel.price": .init(.money),
        "channel.methods": .init(.list(.enumeration(methods))),
        "certificate.not_after": .init(.date),
        "certificate.uscc": .init(.string),
    ],
    later: ["invoice_title": "step \"invoice\" (12:7)"]
)

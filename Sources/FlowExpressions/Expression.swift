public import FlowDiagnostics

/// A parsed expression: its text, where it sits in the file, and its syntax tree.
///
/// Only ``ExpressionParser`` makes one, so every expression respects the depth limit the
/// checker and evaluator rely on.
///
/// # The flow expression language · 流程表达式语言
///
/// Conditions (`when:` on branches, optional fields, options, materials, auto-approval rules)
/// and computed values in flow and channel files are written in this small language.
/// docs/expressions.md is the user-facing reference; this is its summary.
///
/// ## Values and literals
/// - `3`, `0.5`: int (64-bit) and exact decimal (no binary floating point); no leading zeros.
/// - `"text"`, `'text'`: strings; escapes `\\ \' \" \n \t` only.
/// - `true`, `false`, `null`; lists `["a", "b"]` whose elements share one type (no null).
///
/// ## Names
/// `snake_case` names (`[a-z_][a-z0-9_]*`) are fields and action outputs; dotted paths name
/// members of a namespace: `channel.<setting>`, `certificate.<attribute>`, `<action>.<output>`.
/// The scope decides what exists, its type, and whether it may be absent (optional → null).
/// Reserved: `and or not in true false null`.
///
/// ## Operators, lowest precedence first
/// `or` · `and` · `not` · `== != < <= > >= in` and `not in` (non-associative: no `a < b < c`)
/// · binary `+ -` (left-associative) · unary `-` · `( )`.
///
/// ## Types
/// bool, int, decimal, money (fen), string, enum("a", "b") (a string restricted to values),
/// date, list(T), null.
/// - `and`, `or`, `not` need bool. An absent optional bool counts as false.
/// - `==`/`!=`: same type, int with decimal, string with enum, anything with `null`.
/// - `< <= > >=`: numbers, money or dates; an absent operand makes the comparison false.
/// - `x in list`: the list's elements must be comparable with x; `not in` is its negation;
///   an absent x or list is in nothing.
/// - `+ -`: int ± int → int; any number ± number → decimal; money ± money → money;
///   date ± int → date (days); date - date → int (days). An absent operand gives null.
/// - Money meets numbers only as literals: `fee > 300`, `fee + 0.5` read the literal
///   (optionally negated) as yuan, with at most two decimals.
///
/// ## Functions
/// `today()` → date · `date("2026-01-31")` → date (literal argument) · `days_until(d)` → int
/// (days from today to d) · `len(x)` → int (string or list; 0 when absent) ·
/// `is_set(ref)` → bool (given: not null, not "", not []).
///
/// ## Positions
/// Ranges are file positions: the caller passes where the text starts (`origin`); columns
/// count Unicode scalars; a newline inside the text starts the next line at column 1.
public struct Expression: Sendable, Hashable {
    /// The text as written in the file (without YAML quotes).
    public let text: String
    /// Where the first character of ``text`` sits in the file.
    public let origin: SourceLocation
    /// The syntax tree.
    public let root: ExpressionNode

    init(text: String, origin: SourceLocation, root: ExpressionNode) {
        self.text = text
        self.origin = origin
        self.root = root
    }

    /// Every name the expression reads, in source order, with its position — including the
    /// argument of `is_set`. The linter uses it to find fields read before they are defined.
    public var references: [(path: [String], range: SourceRange)] {
        var found: [(path: [String], range: SourceRange)] = []
        // An explicit stack: children pushed in reverse so they pop in source order.
        var pending = [root]
        while let node = pending.popLast() {
            if case let .reference(path, range) = node {
                found.append((path, range))
            }
            pending.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// The text between two file positions of this expression, as written.
    func source(of range: SourceRange) -> String {
        var location = origin
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if location >= range.end { break }
            if location >= range.start { result.append(scalar) }
            if scalar == "\n" {
                location = SourceLocation(line: location.line + 1, column: 1)
            } else {
                location.column += 1
            }
        }
        return String(result)
    }
}

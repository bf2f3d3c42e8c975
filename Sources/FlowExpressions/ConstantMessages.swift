internal import FlowDiagnostics

/// The warnings about conditions that cannot change: always true or always false.
enum ConstantMessages {
    static func truth(_ value: Bool) -> (en: String, zh: String) {
        value ? ("always true", "恒为真") : ("always false", "恒为假")
    }

    /// `condition "1 == 1" is always true`.
    static func always(_ text: String, _ value: Bool) -> LocalizedMessage {
        LocalizedMessage(en: "condition \(Wording.quoted(text)) is \(truth(value).en)",
                         zh: "条件 \(Wording.quoted(text)) \(truth(value).zh)")
    }

    /// `comparison is always false: "fax" is not a value of "method" (one of "online", "ukey")`.
    static func notAValue(_ literal: String, of subject: String, values: Set<String>, result: Bool) -> LocalizedMessage {
        let hint = suggestion(for: literal, among: values)
        return LocalizedMessage(
            en: "comparison is \(truth(result).en): \(Wording.quoted(literal)) is not a value of \(Wording.quoted(subject))"
                + " (one of \(Wording.listEN(values)))" + Wording.didYouMeanEN(hint),
            zh: "比较结果\(truth(result).zh)：\(Wording.quoted(literal)) 不是 \(Wording.quoted(subject)) 的取值"
                + "（应为以下之一：\(Wording.listZH(values))）" + Wording.didYouMeanZH(hint)
        )
    }

    /// One element of a list literal that the enumeration on the left can never equal.
    static func neverMatches(_ literal: String, subject: String, values: Set<String>) -> LocalizedMessage {
        let hint = suggestion(for: literal, among: values)
        return LocalizedMessage(
            en: "\(Wording.quoted(literal)) can never match: \(Wording.quoted(subject)) is one of \(Wording.listEN(values))"
                + Wording.didYouMeanEN(hint),
            zh: "\(Wording.quoted(literal)) 永远不会匹配：\(Wording.quoted(subject)) 只能是以下之一：\(Wording.listZH(values))"
                + Wording.didYouMeanZH(hint)
        )
    }

    static func emptyList(_ result: Bool) -> LocalizedMessage {
        LocalizedMessage(en: "comparison is \(truth(result).en): the list is empty",
                         zh: "比较结果\(truth(result).zh)：列表为空")
    }

    /// `x == x` (always true) or `x != x` (always false).
    static func comparedWithItself(_ subject: String, result: Bool) -> LocalizedMessage {
        LocalizedMessage(en: "comparison is \(truth(result).en): \(Wording.quoted(subject)) is compared with itself",
                         zh: "比较结果\(truth(result).zh)：\(Wording.quoted(subject)) 与自身比较")
    }

    static func neverNull(_ subject: String, result: Bool) -> LocalizedMessage {
        LocalizedMessage(en: "comparison is \(truth(result).en): \(Wording.quoted(subject)) is never null",
                         zh: "比较结果\(truth(result).zh)：\(Wording.quoted(subject)) 永远不为 null")
    }

    static func alwaysSet(_ call: String, _ subject: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(call)) is always true: \(Wording.quoted(subject)) is always given",
                         zh: "\(Wording.quoted(call)) 恒为真：\(Wording.quoted(subject)) 总是有值")
    }

    /// `true` in `and`, `false` in `or`.
    static func noEffect(_ literal: Bool, in op: LogicalOperator) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(String(literal))) has no effect in \(Wording.quoted(op.rawValue))",
                         zh: "\(Wording.quoted(String(literal))) 在 \(Wording.quoted(op.rawValue)) 中不起作用")
    }

    /// `false` in `and`, `true` in `or`.
    static func decides(_ literal: Bool, in op: LogicalOperator) -> LocalizedMessage {
        LocalizedMessage(
            en: "condition is \(truth(literal).en) because of \(Wording.quoted(String(literal))) in \(Wording.quoted(op.rawValue))",
            zh: "由于 \(Wording.quoted(op.rawValue)) 中的 \(Wording.quoted(String(literal)))，条件\(truth(literal).zh)"
        )
    }
}

internal import FlowDiagnostics

/// The type checker's messages (reused by the evaluator for unchecked input), in one place.
///
/// Types appear as the language writes them (`int`, `list(string)`), in both languages.
enum TypeMessages {
    static func operandNotBool(_ op: String, found: String) -> LocalizedMessage {
        LocalizedMessage(en: "operand of \(Wording.quoted(op)) must be bool, found \(found)",
                         zh: "\(Wording.quoted(op)) 的操作数必须是 bool，实际为 \(found)")
    }

    static func cannotCompare(_ left: String, _ right: String, yuanHint: Bool = false) -> LocalizedMessage {
        LocalizedMessage(en: "cannot compare \(left) with \(right)" + (yuanHint ? yuanHintEN : ""),
                         zh: "无法比较 \(left) 与 \(right)" + (yuanHint ? yuanHintZH : ""))
    }

    static func notOrdered(_ op: String, found: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(op)) needs numbers, money or dates, found \(found)",
                         zh: "\(Wording.quoted(op)) 需要数字、金额或日期，实际为 \(found)")
    }

    static func orderingNull(_ op: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(op)) cannot compare with null; test for null with \"==\" or \"!=\"",
                         zh: "\(Wording.quoted(op)) 不能与 null 比较；判断是否为空请用 \"==\" 或 \"!=\"")
    }

    static func notAList(_ op: String, found: String) -> LocalizedMessage {
        LocalizedMessage(en: "right operand of \(Wording.quoted(op)) must be a list, found \(found)",
                         zh: "\(Wording.quoted(op)) 的右操作数必须是列表，实际为 \(found)")
    }

    static func membership(_ element: String, list: String, yuanHint: Bool = false) -> LocalizedMessage {
        LocalizedMessage(en: "cannot look for \(element) in \(list)" + (yuanHint ? yuanHintEN : ""),
                         zh: "无法在 \(list) 中查找 \(element)" + (yuanHint ? yuanHintZH : ""))
    }

    static func cannotApply(_ op: String, _ left: String, _ right: String, yuanHint: Bool = false) -> LocalizedMessage {
        LocalizedMessage(en: "cannot apply \(Wording.quoted(op)) to \(left) and \(right)" + (yuanHint ? yuanHintEN : ""),
                         zh: "不能对 \(left) 与 \(right) 使用 \(Wording.quoted(op))" + (yuanHint ? yuanHintZH : ""))
    }

    static func cannotNegate(_ found: String) -> LocalizedMessage {
        LocalizedMessage(en: "cannot apply unary \"-\" to \(found)", zh: "不能对 \(found) 使用一元 \"-\"")
    }

    static func notWholeFen(_ amount: String) -> LocalizedMessage {
        LocalizedMessage(en: "yuan amount \(amount) has more than two decimals; money is counted in whole fen",
                         zh: "金额 \(amount) 元超过两位小数；金额以分为最小单位")
    }

    static func outOfRange(_ text: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(text)) is out of range", zh: "\(Wording.quoted(text)) 超出取值范围")
    }

    static func listElement(_ found: String, first: String) -> LocalizedMessage {
        LocalizedMessage(en: "list elements must share one type: found \(found) after \(first)",
                         zh: "列表元素的类型必须一致：\(first) 之后出现了 \(found)")
    }

    static let nullInList = LocalizedMessage(en: "a list cannot contain null", zh: "列表不能包含 null")

    static func arity(_ function: String, expected: Int, found: Int) -> LocalizedMessage {
        let en = expected == 0 ? "no arguments" : expected == 1 ? "1 argument" : "\(expected) arguments"
        let zh = expected == 0 ? "不接受参数" : "需要 \(expected) 个参数"
        return LocalizedMessage(en: "\(Wording.quoted(function)) takes \(en), found \(found)",
                                zh: "\(Wording.quoted(function)) \(zh)，实际为 \(found) 个")
    }

    static func argument(_ function: String, expected: (en: String, zh: String), found: String) -> LocalizedMessage {
        LocalizedMessage(en: "argument of \(Wording.quoted(function)) must be \(expected.en), found \(found)",
                         zh: "\(Wording.quoted(function)) 的参数必须是\(expected.zh)，实际为 \(found)")
    }

    static let dateLiteralRequired = LocalizedMessage(
        en: "argument of \"date\" must be a string literal such as \"2026-01-31\"",
        zh: "\"date\" 的参数必须是 \"2026-01-31\" 这样的字符串字面量"
    )

    static func invalidDate(_ text: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(text)) is not a valid date: expected YYYY-MM-DD",
                         zh: "\(Wording.quoted(text)) 不是有效日期：应为 YYYY-MM-DD 格式")
    }

    static let isSetNeedsName = LocalizedMessage(
        en: "argument of \"is_set\" must be a field or setting name",
        zh: "\"is_set\" 的参数必须是字段或设置的名称"
    )

    static func expected(_ expected: String, found: String) -> LocalizedMessage {
        LocalizedMessage(en: "expected \(expected), found \(found)", zh: "应为 \(expected)，实际为 \(found)")
    }

    static func notAValue(_ text: String, values: Set<String>) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(text)) is not one of \(Wording.listEN(values))",
                         zh: "\(Wording.quoted(text)) 不是以下之一：\(Wording.listZH(values))")
    }

    private static let yuanHintEN = ": only a number literal such as 300 or 0.5 is read as yuan"
    private static let yuanHintZH = "：只有 300、0.5 这样的数字字面量才按元计"
}

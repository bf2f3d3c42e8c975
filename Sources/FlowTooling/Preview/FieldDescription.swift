import FlowDomain
import FlowModel

/// One line per field, as the applicant meets it: label, whether it must be answered, its type and
/// the checks on it, where its value comes from.
struct FieldDescription {
    let words: Bilingual

    /// `* label — type, checks; notes`: `*` required, `?` required under a condition, `-` optional;
    /// then the help text, if any, indented.
    func lines(_ field: Field) -> [String] {
        let mark: String
        var notes: [String] = []
        switch field.required {
        case .always: mark = field.readOnly ? "-" : "*"
        case .never: mark = "-"
        case let .when(condition):
            mark = "?"
            notes.append(words.word("required when \(condition.value)", "当 \(condition.value) 时必填"))
        }
        var details = [typeName(field)] + field.validators.compactMap { check($0.value) }
        if !field.options.isEmpty {
            details.append(words.word("one of ", "选项：") + words.list(field.options.map { "\(words.text($0.label.value)) (\($0.value.value))" }))
        }
        if let source = field.optionsFrom?.value { details.append(words.word("choices from \(source)", "选项来自 \(source)")) }
        if let condition = field.when?.value { notes.append(words.word("only when \(condition)", "仅当 \(condition) 时显示")) }
        if let computed = field.computed?.value { notes.append(words.word("computed: \(computed)", "计算：\(computed)")) }
        if let prefill = field.prefill?.value { notes.append(prefillNote(prefill)) }
        if field.readOnly, field.computed == nil { notes.append(words.word("read-only", "只读")) }
        if let value = field.defaultValue?.value { notes.append(words.word("default ", "默认 ") + shown(value)) }
        if field.mask { notes.append(words.word("shown masked", "掩码显示")) }
        var line = "\(mark) \(words.text(field.label.value)) [\(field.id.value)] — " + details.joined(separator: words.word(", ", "，"))
        if !notes.isEmpty { line += words.word("; ", "；") + notes.joined(separator: words.word("; ", "；")) }
        return [line] + (field.help.map { ["    " + words.text($0)] } ?? [])
    }

    private func prefillNote(_ prefill: Prefill) -> String {
        switch prefill {
        case let .field(source): words.word("filled from \(source)", "由 \(source) 预填")
        case let .value(source): words.word("filled from \(source)", "由 \(source) 预填")
        }
    }

    /// A literal as the page shows it; digits that could be personal data are masked.
    private func shown(_ value: ScalarValue) -> String {
        switch value {
        case let .string(text): Masking.identifiers(in: text)
        case let .int(number): String(number)
        case let .decimal(text): text
        case let .bool(flag): flag ? "true" : "false"
        }
    }

    private func check(_ validator: Validator) -> String? {
        switch validator {
        case .domain: nil
        case let .pattern(pattern): words.word("matching /\(pattern)/", "须匹配 /\(pattern)/")
        case let .length(min, max): words.word("\(bounds(min.map(String.init), max.map(String.init))) characters", "\(bounds(min.map(String.init), max.map(String.init))) 个字符")
        case let .range(min, max): words.word("between \(bounds(min, max))", "范围 \(bounds(min, max))")
        case .accepted: words.word("must be accepted", "必须同意")
        }
    }

    private func bounds(_ low: String?, _ high: String?) -> String {
        switch (low, high) {
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): "≥ \(low)"
        case let (nil, high?): "≤ \(high)"
        case (nil, nil): "…"
        }
    }

    private func typeName(_ field: Field) -> String {
        let (en, zh): (String, String) = switch field.type.value {
        case .text: ("text", "文本")
        case .enum: ("choice", "单选")
        case .phone: ("mobile number", "手机号")
        case .email: ("e-mail", "电子邮箱")
        case .uscc: ("unified social credit code", "统一社会信用代码")
        case .residentID: ("resident ID number", "居民身份证号")
        case .bankCard: ("bank card number", "银行卡号")
        case .address: ("address", "地址")
        case .money: ("amount in yuan", "金额（元）")
        case .date: ("date", "日期")
        case .bool: ("yes/no", "是/否")
        case .file: ("file", "文件")
        case .int: ("whole number", "整数")
        case .smsCode: ("code sent by SMS", "短信验证码")
        case .captcha: ("captcha", "随机码")
        case .password: ("UKEY password", "UKEY 密码")
        }
        return words.word(en, zh)
    }
}

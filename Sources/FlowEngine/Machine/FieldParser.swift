import FlowDiagnostics
import FlowDomain
import FlowExpressions
import FlowModel
import Foundation

/// Turns one raw answer into a typed value by the field's type and validators, or says why not.
struct FieldParser {
    let today: CivilDate
    /// The outputs of earlier actions: an `options-from` field picks from one that is a list.
    var outputs: [String: OrderValue] = [:]

    /// Why a text is not a value of the field's type.
    struct Problem: Error {
        let message: LocalizedMessage

        init(en: String, zh: String) {
            message = LocalizedMessage(en: en, zh: zh)
        }
    }

    /// A parsed value, with the warnings a domain validator raised (accepted, but worth showing).
    struct Parsed {
        var value: OrderValue
        var warnings: [LocalizedMessage]
    }

    func parse(_ text: String, for field: Field) -> Result<Parsed, FieldError> {
        let trimmed = AnswerText.trimmed(text)
        var warnings: [LocalizedMessage] = []
        let value: OrderValue
        switch typed(trimmed, field, &warnings) {
        case let .success(parsed): value = parsed
        case let .failure(problem): return .failure(error(field, problem.message))
        }
        for validator in field.validators {
            if let message = check(validator.value, value) { return .failure(error(field, message)) }
        }
        return .success(Parsed(value: value, warnings: warnings))
    }

    private func error(_ field: Field, _ message: LocalizedMessage) -> FieldError {
        FieldError(field: field.id.value, label: field.label.value, message: message)
    }

    private func typed(_ text: String, _ field: Field, _ warnings: inout [LocalizedMessage]) -> Result<OrderValue, Problem> {
        switch field.type.value {
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "y", "是", "1": return .success(.bool(true))
            case "false", "no", "n", "否", "0": return .success(.bool(false))
            default: return .failure(Problem(en: "answer yes or no", zh: "请回答“是”或“否”"))
            }
        case .int:
            guard let number = Int64(text) else {
                return .failure(Problem(en: "expected a whole number", zh: "应为整数"))
            }
            return .success(.int(number))
        case .money:
            do {
                return .success(.money(try Money(yuan: text)))
            } catch {
                return .failure(Problem(en: "expected an amount in yuan such as 300.00", zh: "应为金额（元），如 300.00"))
            }
        case .date:
            guard let date = CivilDate(iso8601: text) else {
                return .failure(Problem(en: "expected a date as YYYY-MM-DD", zh: "应为日期，格式 YYYY-MM-DD"))
            }
            return .success(.date(date))
        case .enum:
            return option(text, field)
        case .uscc: return identifier(.uscc, text, &warnings)
        case .residentID: return identifier(.residentID, text, &warnings)
        case .phone: return identifier(.mobile, text, &warnings)
        case .bankCard: return identifier(.bankCard, text, &warnings)
        case .email: return identifier(.email, text, &warnings)
        case .text, .address, .file, .smsCode, .captcha, .password:
            return .success(.string(text))
        }
    }

    private func option(_ text: String, _ field: Field) -> Result<OrderValue, Problem> {
        if let source = field.optionsFrom?.value { return listedOption(text, entries(of: source)) }
        guard let match = field.options.first(where: { $0.value.value == text }) else {
            let choices = field.options.map(\.value.value).joined(separator: ", ")
            return .failure(Problem(en: "choose one of: \(choices)", zh: "请从以下选项中选择：\(choices)"))
        }
        if case .int = field.expressionType, let number = Int64(match.value.value) { return .success(.int(number)) }
        return .success(.string(match.value.value))
    }

    /// The texts of the list output `name`; none when there is no such list.
    private func entries(of name: String) -> [String] {
        guard case let .list(entries)? = outputs[name] else { return [] }
        return entries.compactMap(\.stringValue)
    }

    /// An entry of an action's list, given whole, by its first word (an order number) or by its
    /// position from 1: answers files cannot know masked entries in advance.
    private func listedOption(_ text: String, _ entries: [String]) -> Result<OrderValue, Problem> {
        if entries.isEmpty { return .failure(Problem(en: "there is nothing to choose from", zh: "没有可选择的项")) }
        if entries.contains(text) { return .success(.string(text)) }
        let byFirstWord = entries.filter { $0.split(separator: " ").first.map(String.init) == text }
        if byFirstWord.count == 1 { return .success(.string(byFirstWord[0])) }
        if let position = Int(text), entries.indices.contains(position - 1) { return .success(.string(entries[position - 1])) }
        let choices = entries.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
        return .failure(Problem(en: "choose one of: \(choices)", zh: "请从以下选项中选择：\(choices)"))
    }

    private func identifier(_ kind: IdentifierKind, _ text: String, _ warnings: inout [LocalizedMessage]) -> Result<OrderValue, Problem> {
        let check = kind.check(text, today: today)
        if let rejection = check.rejection {
            let message = rejection.message(for: kind)
            return .failure(Problem(en: message.en, zh: message.zh))
        }
        warnings += check.warnings.map { reason in
            let message = reason.message(for: kind)
            return LocalizedMessage(en: message.en, zh: message.zh)
        }
        return .success(.string(check.normalizedValue))
    }

    private func check(_ validator: Validator, _ value: OrderValue) -> LocalizedMessage? {
        switch validator {
        case let .domain(kind):
            guard case let .string(text) = value, let identifier = IdentifierKind(domainValidator: kind) else { return nil }
            let check = identifier.validateStrictly(text, today: today)
            return check.rejection.map { reason in
                let message = reason.message(for: identifier)
                return LocalizedMessage(en: message.en, zh: message.zh)
            }
        case let .pattern(pattern):
            guard case let .string(text) = value, let regex = try? Regex(pattern) else { return nil }
            guard (try? regex.wholeMatch(in: text)) != nil else {
                return LocalizedMessage(en: "does not have the expected form", zh: "格式不正确")
            }
            return nil
        case let .length(min, max):
            guard case let .string(text) = value else { return nil }
            if let min, text.count < min {
                return LocalizedMessage(en: "must have at least \(min) characters", zh: "至少 \(min) 个字符")
            }
            if let max, text.count > max {
                return LocalizedMessage(en: "must have at most \(max) characters", zh: "最多 \(max) 个字符")
            }
            return nil
        case let .range(min, max):
            return RangeCheck(min: min, max: max).message(for: value)
        case .accepted:
            guard case .bool(true) = value else {
                return LocalizedMessage(en: "must be accepted to go on", zh: "须同意后才能继续")
            }
            return nil
        }
    }
}

extension IdentifierKind {
    /// The domain kind a flow's validator name stands for.
    init?(domainValidator: DomainValidator) {
        switch domainValidator {
        case .uscc: self = .uscc
        case .residentID: self = .residentID
        case .mobile: self = .mobile
        case .bankCard: self = .bankCard
        case .email: self = .email
        }
    }
}

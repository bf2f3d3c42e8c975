import FlowDiagnostics
import FlowModel
import Foundation

extension OrderMachine {
    /// A step's answers once every one is valid.
    struct Submission: Sendable {
        var answers: [String: OrderValue] = [:]
        var warnings: [FieldError] = []
        var option: ChoiceOption?
        var uploads: [String: MaterialUpload] = [:]
    }

    /// Checks every answer of a step and reports all wrong ones at once.
    ///
    /// - Parameters:
    ///   - given: field id (or the choice's field, or a material id) → what the applicant typed.
    ///   - uploads: material id → the file given for it.
    ///   - state: the order; each valid answer goes into it as it is checked, so that the
    ///     conditions of later fields see it. After a failure it holds some answers of the step
    ///     and is to be dropped. Changed in place: a copy of the order's answers to work on, and
    ///     the answers merged in afterwards, cost a copy of the whole table each.
    func validate(
        _ step: Step, given: [String: String], uploads: [String: MaterialUpload], _ working: inout OrderState
    ) throws(EngineError) -> Result<Submission, EngineError> {
        // No copy of the order is held: a copy would make the first answer written below copy the
        // whole answer table.
        var submission = Submission()
        var errors: [FieldError] = []
        var known = Set<String>()
        let parser = FieldParser(today: today, outputs: working.outputs)

        if let choice = step.choice {
            known.insert(choice.field.value)
            let offered = try offeredOptions(choice, working)
            let ids = offered.map(\.id.value)
            if let picked = given[choice.field.value], let option = offered.first(where: { $0.id.value == picked }) {
                // The option's prefill copies answers as they were before this step.
                let prefilled = option.prefill.compactMap { rule in working.answers[rule.source.value].map { (rule.target.value, $0) } }
                submission.option = option
                submission.answers[choice.field.value] = .string(picked)
                working.answers[choice.field.value] = .string(picked)
                for (target, value) in prefilled {
                    submission.answers[target] = value
                    working.answers[target] = value
                }
            } else {
                let what = given[choice.field.value].map { "“\($0)” is not offered; " } ?? ""
                let whatZh = given[choice.field.value].map { "“\($0)”不可选；" } ?? ""
                errors.append(FieldError(field: choice.field.value, label: choice.label.value, message: LocalizedMessage(
                    en: "\(what)choose one of: \(ids.joined(separator: ", "))",
                    zh: "\(whatZh)请从以下选项中选择：\(ids.joined(separator: ", "))")))
            }
        }

        for field in step.fields(choosing: submission.option) {
            known.insert(field.id.value)
            guard try holds(field.when, working) else { continue }
            switch try answer(field, given: given[field.id.value], parser: parser, working) {
            case let .success(parsed?):
                submission.answers[field.id.value] = parsed.value
                working.answers[field.id.value] = parsed.value
                submission.warnings += parsed.warnings.map { FieldError(field: field.id.value, label: field.label.value, message: $0) }
            case .success(nil):
                continue
            case let .failure(error):
                errors.append(error)
            }
        }

        for material in try pendingMaterials(step, working) {
            known.insert(material.id.value)
            if let upload = uploads[material.id.value] {
                if let problem = upload.problem(for: material) {
                    errors.append(FieldError(field: material.id.value, label: material.name.value, message: problem))
                } else {
                    submission.uploads[material.id.value] = upload
                }
            } else if material.required {
                errors.append(FieldError(field: material.id.value, label: material.name.value, message: LocalizedMessage(
                    en: "upload this material", zh: "请上传该资料")))
            }
        }
        for id in step.materials.map(\.value) { known.insert(id) }

        for name in given.keys.filter({ !known.contains($0) }).sorted() {
            errors.append(FieldError(field: name, label: LocalizedText(zh: name, en: name), message: LocalizedMessage(
                en: "step \(step.id.value) asks no such field", zh: "步骤 \(step.id.value) 没有该字段")))
        }
        for name in uploads.keys.filter({ !known.contains($0) && given[$0] == nil }).sorted() {
            errors.append(FieldError(field: name, label: LocalizedText(zh: name, en: name), message: LocalizedMessage(
                en: "step \(step.id.value) asks no such material", zh: "步骤 \(step.id.value) 没有该资料")))
        }
        return errors.isEmpty ? .success(submission) : .failure(.invalidAnswers(step: step.id.value, errors))
    }

    /// One field's value: computed, read-only prefill, the answer given, a default, or nothing.
    private func answer(
        _ field: Field, given: String?, parser: FieldParser, _ state: OrderState
    ) throws(EngineError) -> Result<FieldParser.Parsed?, FieldError> {
        if let computed = field.computed {
            guard let value = OrderValue(try evaluate(computed.value, state)) else { return .success(nil) }
            return .success(FieldParser.Parsed(value: value, warnings: []))
        }
        let prefilled = prefill(field, state)
        if field.readOnly {
            if let given, let prefilled, given != prefilled.display, given != prefilled.stringValue {
                return .failure(FieldError(field: field.id.value, label: field.label.value, message: LocalizedMessage(
                    en: "is read-only (\(field.type.value.isPersonalData ? "prefilled" : prefilled.display))",
                    zh: "不可修改（\(field.type.value.isPersonalData ? "已自动带出" : prefilled.display)）")))
            }
            if let prefilled { return .success(FieldParser.Parsed(value: prefilled, warnings: [])) }
        }
        if let given, !AnswerText.isBlank(given) {
            return parser.parse(given, for: field).map { $0 }
        }
        if let prefilled { return .success(FieldParser.Parsed(value: prefilled, warnings: [])) }
        if let fallback = field.defaultValue {
            return parser.parse(fallback.value.text, for: field).map { $0 }
        }
        guard try isRequired(field, state) else { return .success(nil) }
        return .failure(FieldError(field: field.id.value, label: field.label.value, message: LocalizedMessage(
            en: "is required", zh: "必填")))
    }

    private func isRequired(_ field: Field, _ state: OrderState) throws(EngineError) -> Bool {
        switch field.required {
        case .always: true
        case .never: false
        case let .when(condition): try holds(condition, state)
        }
    }

    /// The value a field starts with: an earlier answer or an action's output.
    func prefill(_ field: Field, _ state: OrderState) -> OrderValue? {
        switch field.prefill?.value {
        case let .field(source)?: state.answers[source]
        case let .value(path)?: state.answers[path] ?? state.outputs[path]
        case nil: nil
        }
    }
}

import FlowDiagnostics
import FlowModel

/// A validator on a field whose type it cannot check (`range` on text, `accepted` on a non-bool,
/// `mobile` on a `uscc` field), or a `length` whose minimum exceeds its maximum.
struct ValidatorTypeRule: LintRule {
    let id = "validator-type"
    let summary = LocalizedMessage(en: "validators must fit their field's type", zh: "校验规则必须适用于字段类型")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: company
            title: {zh: 企业信息, en: Company}
            kind: form
            fields:
              - {id: name, label: {zh: 名称, en: Name}, type: text, validators: [{length: {min: 2, max: 100}}]}
              - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc, validators: [uscc]}
              - {id: staff, label: {zh: 员工数, en: Staff}, type: int, validators: [{range: {min: 1}}]}
              - {id: agree, label: {zh: 同意协议, en: I agree}, type: bool, validators: [accepted]}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: company
            title: {zh: 企业信息, en: Company}
            kind: form
            fields:
                                                                               ↓
              - {id: name, label: {zh: 名称, en: Name}, type: text, validators: [{length: {min: 100, max: 2}}]}
                                                                                     ↓
              - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc, validators: [mobile]}
                                                                                  ↓
              - {id: staff, label: {zh: 员工数, en: Staff}, type: text, validators: [{range: {min: 1}}]}
                                                                                     ↓
              - {id: agree, label: {zh: 同意协议, en: I agree}, type: text, validators: [accepted]}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in context.flows {
            for step in flow.steps {
                for field in step.allFields where !field.validators.isEmpty {
                    found += field.validators.compactMap { check($0, on: field) }
                }
            }
        }
        return found
    }

    private func check(_ validator: Located<Validator>, on field: Field) -> Diagnostic? {
        guard validator.value.applies(to: field.type.value) else {
            let type = field.type.value.rawValue
            let name = validator.value.name
            let fitting = validator.value.fieldTypes.map { "\"\($0.rawValue)\"" }.sorted()
            return diagnostic(at: validator.path, validator.range, LocalizedMessage(
                en: "validator \"\(name)\" does not apply to \"\(type)\" field \"\(field.id.value)\"; it applies to \(fitting.joined(separator: ", "))",
                zh: "校验规则 \"\(name)\" 不适用于 \"\(type)\" 类型的字段 \"\(field.id.value)\"；它适用于 \(fitting.joined(separator: "、"))"
            ))
        }
        if case let .length(min?, max?) = validator.value, min > max {
            return diagnostic(at: validator.path, validator.range, LocalizedMessage(
                en: "length of field \"\(field.id.value)\" has min \(min) greater than max \(max); no answer can pass",
                zh: "字段 \"\(field.id.value)\" 的长度下限 \(min) 大于上限 \(max)，任何答案都无法通过"
            ))
        }
        return nil
    }
}

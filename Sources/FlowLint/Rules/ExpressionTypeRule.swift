import FlowDiagnostics
import FlowExpressions

/// Operand, argument or result types that do not fit: a condition that is not a bool, a string
/// compared with a number, an action argument of the wrong type or outside its allowed values.
struct ExpressionTypeRule: ExpressionRule {
    let id = "expression-type"
    let issueKind = ExpressionIssue.Kind.type
    let summary = LocalizedMessage(en: "expressions must be well-typed", zh: "表达式类型必须正确")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
              - id: years
                label: {zh: 年限, en: Years}
                type: enum
                options: [{value: 1, label: {zh: 1 年, en: 1 year}}, {value: 2, label: {zh: 2 年, en: 2 years}}]
              - {id: mobile, label: {zh: 手机号, en: Mobile}, type: phone}
              - {id: discount, label: {zh: 优惠, en: Discount}, type: bool, when: "years >= 2"}
            actions:
              - run: price
                with: {product: "'cert'", years: years}
              - run: send_sms_code
                with: {to: mobile, purpose: "'signature'"}
            next:
              - {when: "price.amount > 500 and discount", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
              - id: years
                label: {zh: 年限, en: Years}
                type: enum
                options: [{value: 1, label: {zh: 1 年, en: 1 year}}, {value: 2, label: {zh: 2 年, en: 2 years}}]
              - {id: mobile, label: {zh: 手机号, en: Mobile}, type: phone}
                                                                                 ↓
              - {id: discount, label: {zh: 优惠, en: Discount}, type: bool, when: "years"}
            actions:
              - run: price
                                                  ↓
                with: {product: "'cert'", years: "'2'"}
              - run: send_sms_code
                                             ↓
                with: {to: mobile, purpose: "'sign'"}
            next:
                        ↓
              - {when: "price.amount > years and discount", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}

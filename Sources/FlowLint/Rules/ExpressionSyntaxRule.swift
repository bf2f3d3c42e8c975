import FlowDiagnostics
import FlowExpressions

/// An expression that does not parse: `=` for `==`, an unclosed quote or parenthesis, a
/// full-width character, an uppercase name.
struct ExpressionSyntaxRule: ExpressionRule {
    let id = "expression-syntax"
    let issueKind = ExpressionIssue.Kind.syntax
    let summary = LocalizedMessage(en: "expressions must be well-formed", zh: "表达式语法必须正确")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: delivery
            title: {zh: 配送, en: Delivery}
            kind: form
            fields:
              - id: method
                label: {zh: 领取方式, en: Method}
                type: enum
                options:
                  - {value: post, label: {zh: 邮寄, en: Post}}
                  - {value: pickup, label: {zh: 自取, en: Pick-up}}
              - {id: address, label: {zh: 地址, en: Address}, type: address, when: "method == 'post'"}
            next:
              - {when: "method == 'post' and (address != null)", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: delivery
            title: {zh: 配送, en: Delivery}
            kind: form
            fields:
              - id: method
                label: {zh: 领取方式, en: Method}
                type: enum
                options:
                  - {value: post, label: {zh: 邮寄, en: Post}}
                  - {value: pickup, label: {zh: 自取, en: Pick-up}}
                                                                                         ↓
              - {id: address, label: {zh: 地址, en: Address}, type: address, when: "method = 'post'"}
            next:
                                                             ↓
              - {when: "method == 'post' and (address != null", goto: done}
                                  ↓
              - {when: "method == ‘pickup’", goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}

import FlowDiagnostics
import FlowModel

/// A step's `materials:` or `before-start.materials` names a material the flow does not define.
struct UnknownMaterialRule: LintRule {
    let id = "unknown-material"
    let summary = LocalizedMessage(en: "materials listed must be defined by the flow", zh: "引用的资料必须在流程中定义")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.passes, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        before-start:
          materials: [licence, id_front]
        materials:
          - {id: licence, name: {zh: 营业执照, en: Business licence}, accept: [pdf], max-size-mb: 5}
          - {id: id_front, name: {zh: 身份证人像面, en: ID card front}, accept: [jpeg], max-size-mb: 5}
        steps:
          - id: upload
            title: {zh: 资料上传, en: Upload}
            kind: materials
            materials: [licence, id_front]
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        before-start:
                               ↓
          materials: [licence, id_card_front]
        materials:
          - {id: licence, name: {zh: 营业执照, en: Business licence}, accept: [pdf], max-size-mb: 5}
          - {id: id_front, name: {zh: 身份证人像面, en: ID card front}, accept: [jpeg], max-size-mb: 5}
        steps:
          - id: upload
            title: {zh: 资料上传, en: Upload}
            kind: materials
                        ↓
            materials: [license, id_front]
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow in
            let known = flow.materials.map(\.id.value)
            return (flow.beforeStart.materials + flow.steps.flatMap(\.materials)).compactMap { name -> Diagnostic? in
                guard flow.material(name.value) == nil else { return nil }
                guard !known.isEmpty else {
                    return diagnostic(at: name.path, name.range, LocalizedMessage(
                        en: "unknown material \"\(name.value)\"; the flow defines no materials",
                        zh: "资料 \"\(name.value)\" 不存在；流程未定义任何资料"
                    ))
                }
                return diagnostic(at: name.path, name.range, Alternatives.message(
                    found: name.value, expected: known, what: LocalizedMessage(en: "material", zh: "资料"),
                    unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")
                ))
            }
        }
    }
}

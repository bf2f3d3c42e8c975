import FlowDiagnostics
import FlowModel

/// Two steps, fields, materials, options, products, seal options or enum values with one id.
/// Fields of different options of one choice may share an id: only one option is ever taken.
struct DuplicateIDRule: LintRule {
    let id = "duplicate-id"
    let summary = LocalizedMessage(en: "ids must be unique where they are used", zh: "标识在其作用范围内必须唯一")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
              - {id: name, label: {zh: 名称, en: Name}, type: text}
                     ↓
              - {id: name, label: {zh: 名称, en: Name}, type: text}
            next: done
                ↓
          - id: ask
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow in
            var found: [Diagnostic] = []
            found += duplicates(flow.steps.map(\.id), what: LocalizedMessage(en: "step", zh: "步骤"))
            found += duplicates(flow.materials.map(\.id), what: LocalizedMessage(en: "material", zh: "资料"))
            found += duplicates(flow.products.map(\.id), what: LocalizedMessage(en: "product", zh: "商品"))
            found += duplicates(flow.sealOptions.map(\.id), what: LocalizedMessage(en: "seal option", zh: "签章选项"))
            found += duplicates(flowWideFields(flow), what: LocalizedMessage(en: "field", zh: "字段"))
            for step in flow.steps {
                for field in step.allFields {
                    found += duplicates(field.options.map(\.value), what: LocalizedMessage(en: "option value", zh: "选项值"))
                }
                if let choice = step.choice {
                    found += duplicates(choice.options.map(\.id), what: LocalizedMessage(en: "verification option", zh: "核验方式"))
                    for option in choice.options {
                        found += duplicates(option.fields.map(\.id), what: LocalizedMessage(en: "field", zh: "字段"))
                    }
                }
            }
            return found
        }
    }

    /// Field ids as they must be unique across the flow: each step's own fields and choice field,
    /// plus the fields of its options counted once per step (options are alternatives).
    private func flowWideFields(_ flow: Flow) -> [Located<String>] {
        flow.steps.flatMap { step -> [Located<String>] in
            var ids = step.fields.map(\.id)
            if let choice = step.choice {
                ids.append(choice.field)
                var seen: Set<String> = Set(ids.map(\.value))
                for option in choice.options {
                    for field in option.fields where seen.insert(field.id.value).inserted {
                        ids.append(field.id)
                    }
                }
            }
            return ids
        }
    }

    private func duplicates(_ ids: [Located<String>], what: @autoclosure () -> LocalizedMessage) -> [Diagnostic] {
        // Most lists (a field's options, a step's fields) are short and have no duplicate: a
        // comparison of each pair finds that without building a table.
        if ids.count < 16, !ids.indices.contains(where: { index in ids[..<index].contains { $0.value == ids[index].value } }) {
            return []
        }
        let what = what()
        var first: [String: Located<String>] = [:]
        var found: [Diagnostic] = []
        for id in ids {
            guard let earlier = first[id.value] else {
                first[id.value] = id
                continue
            }
            found.append(diagnostic(
                at: id.path, id.range,
                LocalizedMessage(
                    en: "duplicate \(what.en) id \"\(id.value)\" (first defined at \(earlier.location))",
                    zh: "\(what.zh)标识 \"\(id.value)\" 重复（首次定义于 \(earlier.location)）"
                ),
                notes: [Diagnostic.Note(path: earlier.path, location: earlier.location,
                                        message: LocalizedMessage(en: "\"\(id.value)\" first defined here", zh: "\"\(id.value)\" 首次定义于此"))]
            ))
        }
        return found
    }
}

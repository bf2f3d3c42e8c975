import FlowModel

/// The things of a compiled definition an operator compares, by section and subject, each as facets.
struct DefinitionFacets {
    typealias T = FacetText

    /// Subject → facets per section, in the definition's order.
    var sections: [DefinitionChange.Section: [(String, Facets)]] = [:]

    init(_ compiled: CompiledFlow) {
        let flow = compiled.flow
        var steps: [(String, Facets)] = []
        var fields: [(String, Facets)] = []
        var rules: [(String, Facets)] = []
        for step in flow.steps {
            steps.append((step.id.value, Self.step(step)))
            fields += step.fields.map { ("\(step.id.value).\($0.id.value)", Self.field($0)) }
            for option in step.choice?.options ?? [] {
                fields += option.fields.map { ("\(step.id.value)/\(option.id.value).\($0.id.value)", Self.field($0)) }
                rules.append(("option \(step.id.value)/\(option.id.value)", Facets(summary: T.text(option.label.value), [
                    ("label", T.text(option.label.value)), ("when", option.when?.value),
                    ("prefill", T.list(option.prefill.map { "\($0.target.value) ← \($0.source.value)" })),
                    ("actions", T.actions(option.actions)), ("wait", option.wait?.value.rawValue),
                ])))
            }
        }
        rules.insert(("flow", Self.flowRules(flow)), at: 0)
        rules += compiled.settings.map { setting in
            ("setting \(setting.id)", Facets(summary: T.scalar(setting.value), [("value", T.scalar(setting.value))]))
        }
        rules += flow.materials.map { material in
            ("material \(material.id.value)", Facets(summary: T.text(material.name.value), [
                ("name", T.text(material.name.value)), ("enabled", T.flag(material.enabled)), ("required", T.flag(material.required)),
                ("when", material.when?.value), ("accept", T.list(material.accept.map(\.value.rawValue))),
                ("max-size-mb", String(material.maxSizeMB.value)), ("carried-over", T.flag(material.carriedOver)),
            ]))
        }
        sections[.steps] = steps
        sections[.fields] = fields
        sections[.rules] = rules
        sections[.prices] = Self.prices(flow)
    }

    private static func step(_ step: Step) -> Facets {
        Facets(summary: T.text(step.title.value), [
            ("title", T.text(step.title.value)), ("kind", step.kind.value.rawValue),
            ("back", T.flag(step.back)), ("when", step.when?.value), ("notice", step.notice.map { T.text($0.value) }),
            ("fields", T.list(step.fields.map(\.id.value))), ("choice", step.choice.map { "\($0.field.value): \(T.text($0.label.value))" }),
            ("options", step.choice.flatMap { T.list($0.options.map(\.id.value)) }),
            ("materials", T.list(step.materials.map(\.value))), ("summary", T.list(step.summary.map(\.value))),
            ("actions", T.actions(step.actions)), ("wait", step.wait?.value.rawValue), ("next", T.transitions(step.next)),
        ])
    }

    private static func field(_ field: Field) -> Facets {
        Facets(summary: "\(T.text(field.label.value)) (\(field.type.value.rawValue))", [
            ("label", T.text(field.label.value)), ("type", field.type.value.rawValue), ("required", T.requirement(field.required)),
            ("when", field.when?.value), ("validators", T.list(field.validators.map { T.validator($0.value) })),
            ("default", field.defaultValue.map { T.scalar($0.value) }), ("example", field.example.map { T.scalar($0.value) }),
            ("read-only", T.flag(field.readOnly)), ("prefill", field.prefill.map { T.prefill($0.value) }), ("mask", T.flag(field.mask)),
            ("options", T.list(field.options.map { "\($0.value.value)=\(T.text($0.label.value))" })),
            ("options-from", field.optionsFrom?.value), ("computed", field.computed?.value), ("help", field.help.map(T.text)),
        ])
    }

    private static func flowRules(_ flow: Flow) -> Facets {
        let review = flow.review.map { rule in
            let days = rule.minWorkingDays.value == rule.maxWorkingDays.value
                ? "\(rule.minWorkingDays.value)" : "\(rule.minWorkingDays.value)–\(rule.maxWorkingDays.value)"
            return "\(days) working days" + (rule.autoApprove.map { ", auto-approve when \($0.value)" } ?? "")
        }
        let invoice = flow.invoice.map { rule in
            "\(rule.mode.value.rawValue)" + (rule.when.map { " when \($0.value)" } ?? "")
                + " (title \(rule.titleField.value), tax number \(rule.taxNumberField.value), e-mail \(rule.emailField.value))"
        }
        return Facets(summary: T.text(flow.title.value), [
            ("title", T.text(flow.title.value)), ("category", flow.category.value.rawValue),
            ("media", T.list(flow.media.map(\.value.rawValue))), ("entry", flow.entry.value.rawValue),
            ("first step", flow.steps.first?.id.value),
            ("guard", flow.guardRule.openOrder.value.rawValue + (flow.guardRule.subjectField.map { " by \($0.value)" } ?? "")),
            ("renewal-window-days", flow.guardRule.renewalWindowDays.map { String($0.value) }),
            ("before-start", T.list(flow.beforeStart.materials.map(\.value) + flow.beforeStart.notes.map { T.text($0.value) })),
            ("payment-methods", flow.payment.flatMap { T.list($0.methods.map(\.value.rawValue)) }),
            ("invoice", invoice), ("review", review),
        ])
    }

    private static func prices(_ flow: Flow) -> [(String, Facets)] {
        var prices: [(String, Facets)] = []
        for product in flow.products {
            prices.append(("product \(product.id.value)", Facets(summary: T.text(product.name.value), [
                ("name", T.text(product.name.value)), ("medium", product.medium.value.rawValue),
            ])))
            prices += product.prices.map { tier in
                let amount = T.yuan(tier.fen.value)
                return ("product \(product.id.value), years \(tier.years.value)", Facets(summary: amount, [("amount", amount)]))
            }
        }
        prices += flow.sealOptions.map { option in
            let amount = T.yuan(option.fen.value)
            return ("seal option \(option.id.value)", Facets(summary: "\(T.text(option.name.value)) \(amount)", [
                ("name", T.text(option.name.value)), ("amount", amount),
            ]))
        }
        return prices
    }
}

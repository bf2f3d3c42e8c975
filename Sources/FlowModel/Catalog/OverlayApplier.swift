import FlowDiagnostics

/// Applies one channel overlay to one flow, collecting the overlay's references to things the
/// flow does not have.
struct OverlayApplier {
    private var flow: Flow
    private let overlay: FlowOverlay
    private(set) var issues: [CompileIssue] = []

    init(flow: Flow, overlay: FlowOverlay) {
        self.flow = flow
        self.overlay = overlay
    }

    mutating func apply(channel: Channel) -> CompiledFlow {
        if let title = overlay.title { flow.title = title }
        applySteps()
        applyFields()
        applyChoices()
        applyMaterials()
        applyPrices()
        if let methods = overlay.paymentMethods { flow.payment = PaymentRule(methods: methods) }
        if let mode = overlay.invoiceMode {
            if flow.invoice == nil {
                unknown("invoice", mode.value.rawValue, at: mode, among: [],
                        what: LocalizedMessage(en: "invoice rule (the flow issues no invoice)", zh: "发票规则（该流程不开具发票）"))
            }
            flow.invoice?.mode = mode
        }
        if let review = overlay.review { flow.review = review }
        return CompiledFlow(
            channel: .init(id: channel.id.value, name: channel.name.value, kind: channel.kind.value),
            flow: flow, settings: resolveSettings()
        )
    }

    private mutating func applySteps() {
        for change in overlay.steps {
            guard let index = flow.steps.firstIndex(where: { $0.id.value == change.id.value }) else {
                unknown("step", change.id.value, at: change.id, among: flow.steps.map(\.id.value))
                continue
            }
            if let title = change.title { flow.steps[index].title = title }
        }
    }

    private mutating func applyFields() {
        for change in overlay.fields {
            var found = false
            for stepIndex in flow.steps.indices {
                found = flow.steps[stepIndex].updateFields(id: change.id.value) { field in
                    if let label = change.label { field.label = label }
                    if let required = change.required { field.required = required ? .always : .never }
                    if let value = change.defaultValue { field.defaultValue = value }
                } || found
            }
            if !found { unknown("field", change.id.value, at: change.id, among: flow.allFields.map(\.id.value)) }
        }
    }

    private mutating func applyChoices() {
        for change in overlay.choices {
            guard let stepIndex = flow.steps.firstIndex(where: { $0.choice?.field.value == change.field.value }),
                  let choice = flow.steps[stepIndex].choice else {
                unknown("choice", change.field.value, at: change.field, among: flow.steps.compactMap(\.choice?.field.value))
                continue
            }
            var kept: [ChoiceOption] = []
            for id in change.options {
                guard let option = choice.options.first(where: { $0.id.value == id.value }) else {
                    unknown("option", id.value, at: id, among: choice.options.map(\.id.value))
                    continue
                }
                kept.append(option)
            }
            flow.steps[stepIndex].choice?.options = kept
        }
    }

    private mutating func applyMaterials() {
        for change in overlay.materials {
            guard let index = flow.materials.firstIndex(where: { $0.id.value == change.id.value }) else {
                unknown("material", change.id.value, at: change.id, among: flow.materials.map(\.id.value))
                continue
            }
            if let required = change.required { flow.materials[index].required = required }
            if let enabled = change.enabled { flow.materials[index].enabled = enabled }
            if let name = change.name { flow.materials[index].name = name }
        }
    }

    private mutating func applyPrices() {
        for change in overlay.prices {
            guard let index = flow.products.firstIndex(where: { $0.id.value == change.product.value }) else {
                unknown("product", change.product.value, at: change.product, among: flow.products.map(\.id.value))
                continue
            }
            flow.products[index].prices = change.prices
        }
        for change in overlay.sealOptions {
            guard let index = flow.sealOptions.firstIndex(where: { $0.id.value == change.id.value }) else {
                unknown("seal option", change.id.value, at: change.id, among: flow.sealOptions.map(\.id.value))
                continue
            }
            flow.sealOptions[index].fen = change.fen
        }
    }

    private mutating func resolveSettings() -> [CompiledFlow.ResolvedSetting] {
        for value in overlay.settings where !flow.settings.contains(where: { $0.id.value == value.id.value }) {
            unknown("setting", value.id.value, at: value.id, among: flow.settings.map(\.id.value))
        }
        return flow.settings.map { setting in
            var resolved = setting.defaultValue.value
            if let given = overlay.settings.first(where: { $0.id.value == setting.id.value }) {
                if SettingCheck.fits(given.value.value, setting) {
                    resolved = given.value.value
                } else {
                    issues.append(CompileIssue(
                        kind: .settingValue, path: given.value.path, range: given.value.range,
                        message: SettingCheck.mismatch(given.value.value, setting)
                    ))
                }
            }
            return .init(id: setting.id.value, type: setting.type.value, values: setting.values.map(\.value), value: resolved)
        }
    }

    private mutating func unknown(
        _ kind: String, _ id: String, at location: Located<some Sendable & Hashable & Codable>, among known: [String],
        what: LocalizedMessage? = nil
    ) {
        let zhKinds = ["step": "步骤", "field": "字段", "choice": "选择", "option": "方式", "material": "资料",
                       "product": "商品", "seal option": "签章选项", "setting": "参数"]
        let flowID = flow.id.value
        let head = what.map { LocalizedMessage(en: "\($0.en) \"\(id)\" does not apply", zh: "\($0.zh) \"\(id)\" 不适用") }
            ?? LocalizedMessage(en: "flow \"\(flowID)\" has no \(kind) \"\(id)\"", zh: "流程 \"\(flowID)\" 没有\(zhKinds[kind] ?? kind) \"\(id)\"")
        issues.append(CompileIssue(
            kind: .unknownTarget, path: location.path, range: location.range,
            message: Alternatives.withAlternatives(head, found: id, expected: known)
        ))
    }
}

extension Step {
    /// Applies `change` to every field called `id` on this step (its options included); true if any.
    mutating func updateFields(id: String, _ change: (inout Field) -> Void) -> Bool {
        var found = false
        for index in fields.indices where fields[index].id.value == id {
            change(&fields[index])
            found = true
        }
        if var choice {
            var inOptions = false
            for optionIndex in choice.options.indices {
                for index in choice.options[optionIndex].fields.indices where choice.options[optionIndex].fields[index].id.value == id {
                    change(&choice.options[optionIndex].fields[index])
                    inOptions = true
                }
            }
            // Written back only when changed: a step shared with the template is copied on write.
            if inOptions {
                self.choice = choice
                found = true
            }
        }
        return found
    }
}

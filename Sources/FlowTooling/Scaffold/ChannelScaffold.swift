public import FlowModel
import FlowDiagnostics

/// A new channel file made from an existing channel: the same flows and settings, each key with a
/// comment above it saying what it means in both languages (from the channel schema, and from the
/// flow for what a setting, option, material, product, step or field is), ready to be edited.
public struct ChannelScaffold: Sendable {
    public var id: String
    public var name: LocalizedText
    public var source: Channel
    /// The flows the source channel enables, for the comments.
    public var flows: [Flow]

    public init(id: String, name: LocalizedText, source: Channel, flows: [Flow]) {
        self.id = id
        self.name = name
        self.source = source
        self.flows = flows
    }

    /// The channel file's text.
    public func render() -> String {
        var out = ScaffoldWriter()
        out.comment("\(name.zh) — 由 `channelflow new channel \(id) --from \(source.id.value)` 生成：逐项检查后运行 `channelflow lint`。")
        out.comment("\(name.en) — made by `channelflow new channel \(id) --from \(source.id.value)`: review each setting, then run `channelflow lint`.")
        out.blank()
        let file = ChannelSchema.file
        out.key("channel", YAMLScalar.string(id), schema: file)
        out.key("name", YAMLScalar.localized(name), schema: file)
        out.key("kind", source.kind.value.rawValue, schema: file)
        if let description = source.description { out.key("description", YAMLScalar.localized(description), schema: file) }
        out.key("flows", nil, schema: file)
        for overlay in source.flows {
            out.blank()
            overlayText(overlay, flow: flows.first { $0.id.value == overlay.flow.value }, into: &out)
        }
        return out.text
    }

    private func overlayText(_ overlay: FlowOverlay, flow: Flow?, into out: inout ScaffoldWriter) {
        let schema = ChannelSchema.overlaySchema
        out.indent = 1
        if let flow { out.comment(FacetText.text(flow.title.value)) }
        let empty = overlay == FlowOverlay(flow: overlay.flow)
        out.line("\(overlay.flow.value):" + (empty ? " {}" : ""))
        out.indent = 2
        if let title = overlay.title { out.key("title", YAMLScalar.localized(title.value), schema: schema) }
        if !overlay.settings.isEmpty {
            out.key("settings", nil, schema: schema)
            out.indent = 3
            for value in overlay.settings {
                if let setting = flow?.settings.first(where: { $0.id.value == value.id.value }) {
                    let values = setting.values.isEmpty ? "" : ": " + setting.values.map(\.value).joined(separator: ", ")
                    out.comment("\(FacetText.text(setting.label.value)) — \(setting.type.value.rawValue)\(values), default \(YAMLScalar.value(setting.defaultValue.value))")
                }
                out.line("\(value.id.value): \(YAMLScalar.value(value.value.value))")
            }
            out.indent = 2
        }
        if !overlay.choices.isEmpty {
            out.key("choices", nil, schema: schema)
            out.indent = 3
            for choice in overlay.choices {
                if let offered = flow?.steps.compactMap(\.choice).first(where: { $0.field.value == choice.field.value }) {
                    out.comment("\(FacetText.text(offered.label.value)) — " + offered.options.map { "\($0.id.value) (\(FacetText.text($0.label.value)))" }.joined(separator: ", "))
                }
                out.line("\(choice.field.value): [\(choice.options.map(\.value).joined(separator: ", "))]")
            }
            out.indent = 2
        }
        materials(overlay, flow: flow, into: &out)
        prices(overlay, flow: flow, into: &out)
        if let methods = overlay.paymentMethods {
            out.key("payment-methods", "[\(methods.map(\.value.rawValue).joined(separator: ", "))]", schema: schema)
        }
        if let mode = overlay.invoiceMode { out.key("invoice", mode.value.rawValue, schema: schema) }
        if let review = overlay.review { out.key("review", Self.review(review), schema: schema) }
        if !overlay.steps.isEmpty {
            out.key("steps", nil, schema: schema)
            out.indent = 3
            for change in overlay.steps {
                if let step = flow?.step(change.id.value) { out.comment(FacetText.text(step.title.value)) }
                out.line("\(change.id.value): {" + (change.title.map { "title: \(YAMLScalar.localized($0.value))" } ?? "") + "}")
            }
            out.indent = 2
        }
        if !overlay.fields.isEmpty {
            out.key("fields", nil, schema: schema)
            out.indent = 3
            for change in overlay.fields {
                if let field = flow?.allFields.first(where: { $0.id.value == change.id.value }) { out.comment(FacetText.text(field.label.value)) }
                let parts = [
                    change.label.map { "label: \(YAMLScalar.localized($0.value))" },
                    change.required.map { "required: \($0)" },
                    change.defaultValue.map { "default: \(YAMLScalar.value($0.value))" },
                ].compactMap { $0 }
                out.line("\(change.id.value): {\(parts.joined(separator: ", "))}")
            }
            out.indent = 2
        }
    }

    private func materials(_ overlay: FlowOverlay, flow: Flow?, into out: inout ScaffoldWriter) {
        guard !overlay.materials.isEmpty else { return }
        out.key("materials", nil, schema: ChannelSchema.overlaySchema)
        out.indent = 3
        for change in overlay.materials {
            if let material = flow?.material(change.id.value) { out.comment(FacetText.text(material.name.value)) }
            let parts = [
                change.enabled.map { "enabled: \($0)" },
                change.required.map { "required: \($0)" },
                change.name.map { "name: \(YAMLScalar.localized($0.value))" },
            ].compactMap { $0 }
            out.line("\(change.id.value): {\(parts.joined(separator: ", "))}")
        }
        out.indent = 2
    }

    private func prices(_ overlay: FlowOverlay, flow: Flow?, into out: inout ScaffoldWriter) {
        let schema = ChannelSchema.overlaySchema
        if !overlay.prices.isEmpty {
            out.key("prices", nil, schema: schema)
            out.indent = 3
            for change in overlay.prices {
                if let product = flow?.products.first(where: { $0.id.value == change.product.value }) {
                    out.comment("\(FacetText.text(product.name.value)) — " + product.prices.map { "\($0.years.value)y \(FacetText.yuan($0.fen.value))" }.joined(separator: ", "))
                }
                out.line("\(change.product.value):")
                for tier in change.prices {
                    out.line("  - {years: \(tier.years.value), amount: \(YAMLScalar.string(FacetText.yuan(tier.fen.value)))}")
                }
            }
            out.indent = 2
        }
        if !overlay.sealOptions.isEmpty {
            out.key("seal-options", nil, schema: schema)
            out.indent = 3
            for change in overlay.sealOptions {
                if let option = flow?.sealOptions.first(where: { $0.id.value == change.id.value }) {
                    out.comment("\(FacetText.text(option.name.value)) — \(FacetText.yuan(option.fen.value))")
                }
                out.line("\(change.id.value): \(YAMLScalar.string(FacetText.yuan(change.fen.value)))")
            }
            out.indent = 2
        }
    }

    private static func review(_ review: ReviewRule) -> String {
        let low = review.minWorkingDays.value, high = review.maxWorkingDays.value
        let days = low == high ? "\(low)" : "{min: \(low), max: \(high)}"
        return "{working-days: \(days)" + (review.autoApprove.map { ", auto-approve: \(YAMLScalar.string($0.value))" } ?? "") + "}"
    }
}

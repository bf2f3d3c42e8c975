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
        out.section("settings", schema: schema, overlay.settings.map { value in
            let setting = flow?.settings.first { $0.id.value == value.id.value }
            let comment = setting.map { setting in
                let values = setting.values.isEmpty ? "" : ": " + setting.values.map(\.value).joined(separator: ", ")
                return "\(FacetText.text(setting.label.value)) — \(setting.type.value.rawValue)\(values), default \(YAMLScalar.value(setting.defaultValue.value))"
            }
            return (comment, ["\(value.id.value): \(YAMLScalar.value(value.value.value))"])
        })
        out.section("choices", schema: schema, overlay.choices.map { choice in
            let offered = flow?.steps.compactMap(\.choice).first { $0.field.value == choice.field.value }
            let comment = offered.map { offered in
                "\(FacetText.text(offered.label.value)) — " + offered.options.map { "\($0.id.value) (\(FacetText.text($0.label.value)))" }.joined(separator: ", ")
            }
            return (comment, ["\(choice.field.value): [\(choice.options.map(\.value).joined(separator: ", "))]"])
        })
        out.section("materials", schema: schema, overlay.materials.map { change in
            (flow?.material(change.id.value).map { FacetText.text($0.name.value) },
             [change.id.value + ": " + Self.mapping([
                ("enabled", change.enabled.map(String.init)), ("required", change.required.map(String.init)),
                ("name", change.name.map { YAMLScalar.localized($0.value) }),
             ])])
        })
        out.section("prices", schema: schema, overlay.prices.map { change in
            let product = flow?.products.first { $0.id.value == change.product.value }
            let comment = product.map { product in
                "\(FacetText.text(product.name.value)) — " + product.prices.map { "\($0.years.value)y \(FacetText.yuan($0.fen.value))" }.joined(separator: ", ")
            }
            return (comment, ["\(change.product.value):"] + change.prices.map { tier in
                "  - {years: \(tier.years.value), amount: \(YAMLScalar.string(FacetText.yuan(tier.fen.value)))}"
            })
        })
        out.section("seal-options", schema: schema, overlay.sealOptions.map { change in
            let option = flow?.sealOptions.first { $0.id.value == change.id.value }
            return (option.map { "\(FacetText.text($0.name.value)) — \(FacetText.yuan($0.fen.value))" },
                    ["\(change.id.value): \(YAMLScalar.string(FacetText.yuan(change.fen.value)))"])
        })
        if let methods = overlay.paymentMethods {
            out.key("payment-methods", "[\(methods.map(\.value.rawValue).joined(separator: ", "))]", schema: schema)
        }
        if let mode = overlay.invoiceMode { out.key("invoice", mode.value.rawValue, schema: schema) }
        if let review = overlay.review { out.key("review", Self.review(review), schema: schema) }
        out.section("steps", schema: schema, overlay.steps.map { change in
            (flow?.step(change.id.value).map { FacetText.text($0.title.value) },
             [change.id.value + ": " + Self.mapping([("title", change.title.map { YAMLScalar.localized($0.value) })])])
        })
        out.section("fields", schema: schema, overlay.fields.map { change in
            (flow?.allFields.first { $0.id.value == change.id.value }.map { FacetText.text($0.label.value) },
             [change.id.value + ": " + Self.mapping([
                ("label", change.label.map { YAMLScalar.localized($0.value) }), ("required", change.required.map(String.init)),
                ("default", change.defaultValue.map { YAMLScalar.value($0.value) }),
             ])])
        })
    }

    /// `{key: value, …}` of the keys that have a value.
    private static func mapping(_ entries: [(String, String?)]) -> String {
        "{" + entries.compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: ", ") + "}"
    }

    private static func review(_ review: ReviewRule) -> String {
        let low = review.minWorkingDays.value, high = review.maxWorkingDays.value
        let days = low == high ? "\(low)" : "{min: \(low), max: \(high)}"
        return "{working-days: \(days)" + (review.autoApprove.map { ", auto-approve: \(YAMLScalar.string($0.value))" } ?? "") + "}"
    }
}

import FlowDiagnostics

/// The schema of a channel file, from which checking, decoding and `channelflow schema channel` derive.
public enum ChannelSchema {
    private typealias P = ObjectSchema.Property
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    /// The whole channel file.
    public static let file = ObjectSchema(name: "channel", summary: text("A sales or service channel: which flows it offers and how.", "销售或服务渠道：提供哪些流程及其配置。"), properties: [
        P("channel", FlowSchema.identifier, required: true, text("The channel's id, snake_case.", "渠道标识（snake_case）。")),
        P("name", .localized, required: true, text("The channel's name in Chinese and English.", "渠道名称（中英文）。")),
        P("kind", .word(ChannelKind.allCases.map(\.rawValue)), required: true, text("ca-outlet, bank, government or partner.", "ca-outlet、bank、government 或 partner。")),
        P("description", .localized, text("About the channel.", "渠道说明。")),
        P("flows", .dictionary(.object(overlaySchema)), required: true, text("The flows this channel offers, by flow id, each with its changes.", "渠道提供的流程（按流程标识）及其配置。")),
    ])

    /// What a channel may change in one flow it offers.
    public static let overlaySchema = ObjectSchema(name: "flow-overlay", summary: text("What the channel changes in a flow.", "渠道对流程的配置。"), properties: [
        P("title", .localized, text("The flow's name in this channel.", "此渠道中的流程名称。")),
        P("settings", .dictionary(FlowSchema.scalarValue), text("Values of the flow's settings.", "流程参数的取值。")),
        P("choices", .dictionary(.list(FlowSchema.identifier)), text("choice-field: the options offered, in order.", "选择字段: 提供的方式（按顺序）。")),
        P("materials", .dictionary(.object(materialOverlaySchema)), text("Changes to materials, by id.", "资料配置（按标识）。")),
        P("prices", .dictionary(.list(.object(FlowSchema.priceSchema))), text("product-id: its prices in this channel.", "商品标识: 此渠道的价格。")),
        P("seal-options", .dictionary(.money), text("seal-option-id: its price in this channel.", "签章选项标识: 此渠道的价格。")),
        P("payment-methods", .list(.word(PaymentMethod.allCases.map(\.rawValue))), text("The payment methods offered.", "提供的支付方式。")),
        P("invoice", .word(InvoiceMode.allCases.map(\.rawValue)), text("optional, required or none.", "optional、required 或 none。")),
        P("review", .object(FlowSchema.reviewSchema), text("Review in this channel.", "此渠道的审核规则。")),
        P("steps", .dictionary(.object(stepOverlaySchema)), text("Changes to steps, by id.", "步骤配置（按标识）。")),
        P("fields", .dictionary(.object(fieldOverlaySchema)), text("Changes to fields, by id.", "字段配置（按标识）。")),
    ])

    static let materialOverlaySchema = ObjectSchema(name: "material-overlay", summary: text("Changes to a material.", "资料配置。"), properties: [
        P("required", .boolean, text("Whether it must be uploaded.", "是否必须上传。")),
        P("enabled", .boolean, text("Whether it is collected.", "是否收集。")),
        P("name", .localized, text("Its name in this channel.", "此渠道中的名称。")),
    ])

    static let stepOverlaySchema = ObjectSchema(name: "step-overlay", summary: text("Changes to a step.", "步骤配置。"), properties: [
        P("title", .localized, text("Its title in this channel.", "此渠道中的标题。")),
    ])

    static let fieldOverlaySchema = ObjectSchema(name: "field-overlay", summary: text("Changes to a field.", "字段配置。"), properties: [
        P("label", .localized, text("Its label in this channel.", "此渠道中的标签。")),
        P("required", .boolean, text("Whether it must be answered.", "是否必填。")),
        P("default", FlowSchema.scalarValue, text("Its default in this channel.", "此渠道中的默认值。")),
    ])
}

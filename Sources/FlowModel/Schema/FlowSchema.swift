import FlowDiagnostics

/// The schema of a flow file, from which checking, decoding and `channelflow schema flow` derive.
public enum FlowSchema {
    private typealias P = ObjectSchema.Property
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    static let identifier = SchemaType.string(.identifier)
    static let expression = SchemaType.expression
    static let scalarValue = SchemaType.either([.boolean, .integer(minimum: nil, maximum: nil), .string(.text)])

    /// The whole flow file.
    public static let file = ObjectSchema(name: "flow", summary: text("A business process: a template that channels overlay.", "一个业务流程：渠道在其上叠加配置的模板。"), properties: [
        P("flow", identifier, required: true, text("The flow's id, snake_case.", "流程标识（snake_case）。")),
        P("title", .localized, required: true, text("The process name in Chinese and English.", "流程名称（中英文）。")),
        P("description", .localized, text("What the process is for.", "流程说明。")),
        P("category", .word(FlowCategory.allCases.map(\.rawValue)), required: true, text("What the flow is for; query flows create no guarded order.", "流程类别；查询类流程不创建受约束的订单。")),
        P("media", .list(.word(Medium.allCases.map(\.rawValue))), required: true, text("Certificate media the flow serves.", "适用的证书介质。")),
        P("entry", .word(FlowEntry.allCases.map(\.rawValue)), text("How the applicant enters: none, subject, ukey (no password), ukey-pin.", "进入方式：none、subject、ukey（无需密码）、ukey-pin。")),
        P("guard", .object(guardSchema), required: true, text("Which open orders block a new one.", "哪些未完成订单会阻止新建订单。")),
        P("before-start", .object(beforeStartSchema), text("What the applicant is told before starting.", "开始办理前的提示。")),
        P("settings", .dictionary(.object(settingSchema)), text("Parameters channels may set, by id.", "渠道可设置的参数（按标识）。")),
        P("materials", .list(.object(materialSchema)), text("Documents the flow may ask for.", "流程可能要求上传的资料。")),
        P("products", .list(.object(productSchema)), text("Products on sale and their prices.", "在售商品及价格。")),
        P("seal-options", .list(.object(sealOptionSchema)), text("Signature/seal options (签章选择) and what they add to the price.", "签章选择及其加价。")),
        P("payment", .object(paymentSchema), text("How the order is paid.", "支付方式。")),
        P("invoice", .object(invoiceSchema), text("Whether and how an invoice is issued.", "是否及如何开具发票。")),
        P("review", .object(reviewSchema), text("How long review takes and when it is automatic.", "审核时长与自动审核条件。")),
        P("steps", .list(.object(stepSchema)), required: true, text("The steps, in order; the first is where the flow starts.", "按顺序排列的步骤；第一个步骤为起点。")),
    ])

    static let guardSchema = ObjectSchema(name: "guard", summary: text("Conditions to start an order.", "创建订单的约束条件。"), properties: [
        P("open-order", .word(OpenOrderGuard.allCases.map(\.rawValue)), required: true, text("subject: one open application per USCC; certificate: one open order per certificate serial; none.", "subject：每个主体仅一个未完成申请；certificate：每张证书仅一个未完成订单；none：不限制。")),
        P("subject-field", identifier, text("The field holding the subject's USCC.", "保存主体统一社会信用代码的字段。")),
        P("renewal-window-days", .integer(minimum: 1, maximum: 366), text("The flow may start only this many days before expiry.", "仅在证书到期前若干天内可办理。")),
    ])

    static let beforeStartSchema = ObjectSchema(name: "before-start", summary: text("Shown before the flow starts.", "流程开始前展示的内容。"), properties: [
        P("materials", .list(identifier), text("Materials to prepare (ids).", "需准备的资料（标识）。")),
        P("notes", .list(.localized), text("Other things to prepare.", "其他需准备的事项。")),
    ])

    static let settingSchema = ObjectSchema(name: "setting", summary: text("A parameter channels may set.", "渠道可设置的参数。"), properties: [
        P("type", .word(SettingType.allCases.map(\.rawValue)), required: true, text("bool, int, enum or money.", "bool、int、enum 或 money。")),
        P("values", .list(.string(.text)), text("Allowed values of an enum setting.", "enum 类型参数的可选值。")),
        P("default", scalarValue, required: true, text("The value when a channel sets none.", "渠道未设置时的默认值。")),
        P("label", .localized, required: true, text("What the setting means.", "参数含义。")),
    ])

    static let materialSchema = ObjectSchema(name: "material", summary: text("A document to upload.", "需上传的资料。"), properties: [
        P("id", identifier, required: true, text("The material's id.", "资料标识。")),
        P("name", .localized, required: true, text("The material's name.", "资料名称。")),
        P("required", .boolean, text("Whether it must be uploaded (default true).", "是否必须上传（默认 true）。")),
        P("enabled", .boolean, text("Whether it is collected at all (default true); channels switch it.", "是否收集（默认 true），渠道可开关。")),
        P("when", expression, text("Asked only when this holds.", "仅当条件成立时要求上传。")),
        P("accept", .list(.word(MaterialFileType.allCases.map(\.rawValue))), required: true, text("Accepted file types, detected from the bytes.", "接受的文件类型（按内容识别）。")),
        P("max-size-mb", .integer(minimum: 1, maximum: 100), required: true, text("Largest file, in MiB.", "文件大小上限（MiB）。")),
        P("carried-over", .boolean, text("Uploaded earlier → not asked again (default true).", "此前已上传的资料不再要求上传（默认 true）。")),
    ])

    static let productSchema = ObjectSchema(name: "product", summary: text("A product on sale.", "在售商品。"), properties: [
        P("id", identifier, required: true, text("The product's id.", "商品标识。")),
        P("name", .localized, required: true, text("The product's name.", "商品名称。")),
        P("medium", .word(Medium.allCases.map(\.rawValue)), required: true, text("ukey or cloud.", "ukey 或 cloud。")),
        P("prices", .list(.object(priceSchema)), required: true, text("Prices by validity.", "按有效期的价格。")),
    ])

    static let priceSchema = ObjectSchema(name: "price", summary: text("A price for a validity.", "某有效期的价格。"), properties: [
        P("years", .integer(minimum: 1, maximum: 10), required: true, text("Validity in years.", "有效期（年）。")),
        P("amount", .money, required: true, text("Price in yuan, e.g. \"300.00\".", "价格（元），例如 \"300.00\"。")),
    ])

    static let sealOptionSchema = ObjectSchema(name: "seal-option", summary: text("A signature/seal option.", "签章选项。"), properties: [
        P("id", identifier, required: true, text("The option's id.", "选项标识。")),
        P("name", .localized, required: true, text("The option's name.", "选项名称。")),
        P("amount", .money, required: true, text("What it adds to the price, in yuan.", "加价（元）。")),
    ])

    static let paymentSchema = ObjectSchema(name: "payment", summary: text("Payment.", "支付。"), properties: [
        P("methods", .list(.word(PaymentMethod.allCases.map(\.rawValue))), required: true, text("wechat_pay, alipay.", "wechat_pay、alipay。")),
    ])

    static let invoiceSchema = ObjectSchema(name: "invoice", summary: text("Invoice.", "发票。"), properties: [
        P("mode", .word(InvoiceMode.allCases.map(\.rawValue)), required: true, text("optional, required or none; channels may change it.", "optional、required 或 none，渠道可修改。")),
        P("when", expression, text("Offered only when this holds (e.g. the amount is above zero).", "仅当条件成立时开具（如金额大于零）。")),
        P("title-field", identifier, required: true, text("The field whose answer is the invoice title (the company).", "作为发票抬头的字段（申请单位）。")),
        P("tax-number-field", identifier, required: true, text("The field whose answer is the tax number (the USCC).", "作为税号的字段（统一社会信用代码）。")),
        P("email-field", identifier, required: true, text("The field the electronic invoice is e-mailed to.", "电子发票接收邮箱字段。")),
    ])

    static let reviewSchema = ObjectSchema(name: "review", summary: text("Review.", "审核。"), properties: [
        P("working-days", .either([.integer(minimum: 0, maximum: 60), .object(dayRangeSchema)]), required: true, text("Working days review takes: a number, or {min, max}.", "审核所需工作日：一个数字或 {min, max}。")),
        P("auto-approve", expression, text("Approved without an operator when this holds.", "条件成立时自动审核通过。")),
    ])

    static let dayRangeSchema = ObjectSchema(name: "working-days", summary: text("A range of working days.", "工作日范围。"), properties: [
        P("min", .integer(minimum: 0, maximum: 60), required: true, text("At least.", "最少。")),
        P("max", .integer(minimum: 0, maximum: 60), required: true, text("At most.", "最多。")),
    ])
}

public import FlowYAML

extension Flow {
    /// Reads a flow from its file's root node. Shape problems are reported by `SchemaValidator`;
    /// this keeps whatever can be read so later checks still run. Nil when the root is no mapping
    /// or has no flow id.
    public static func decode(_ root: YAMLNode) -> Flow? {
        let reader = NodeReader(root, FlowSchema.file)
        guard root.isMapping, let id = reader.string("flow") else { return nil }
        let guardReader = reader.child("guard").map { NodeReader($0, FlowSchema.guardSchema) }
        let before = reader.child("before-start").map { NodeReader($0, FlowSchema.beforeStartSchema) }
        return Flow(
            id: id,
            title: reader.localized("title") ?? reader.missing(LocalizedText(zh: "", en: "")),
            description: reader.localized("description")?.value,
            category: reader.word("category", as: FlowCategory.self) ?? reader.missing(.application),
            media: reader.words("media", as: Medium.self),
            entry: reader.word("entry", as: FlowEntry.self) ?? reader.missing(.none),
            guardRule: GuardRule(
                openOrder: guardReader?.word("open-order", as: OpenOrderGuard.self) ?? reader.missing(.none),
                subjectField: guardReader?.string("subject-field"),
                renewalWindowDays: guardReader?.int("renewal-window-days")
            ),
            beforeStart: BeforeStart(
                materials: before?.identifiers("materials") ?? [],
                notes: before?.list("notes").compactMap(NodeReader.localized) ?? []
            ),
            settings: reader.pairs("settings").compactMap(Setting.decode),
            materials: reader.list("materials").compactMap(Material.decode),
            products: reader.list("products").compactMap(Product.decode),
            sealOptions: reader.list("seal-options").compactMap(SealOption.decode),
            payment: reader.child("payment").map { PaymentRule(methods: NodeReader($0, FlowSchema.paymentSchema).words("methods", as: PaymentMethod.self)) },
            invoice: reader.child("invoice").flatMap(InvoiceRule.decode),
            review: reader.child("review").flatMap(ReviewRule.decode),
            steps: reader.list("steps").compactMap(Step.decode)
        )
    }
}

extension Setting {
    static func decode(_ pair: YAMLPair) -> Setting? {
        guard let id = NodeReader.key(pair), pair.value.isMapping else { return nil }
        let reader = NodeReader(pair.value, FlowSchema.settingSchema)
        guard let type = reader.word("type", as: SettingType.self), let defaultValue = reader.scalarValue("default") else { return nil }
        return Setting(
            id: id, type: type, values: reader.identifiers("values"), defaultValue: defaultValue,
            label: reader.localized("label") ?? reader.missing(LocalizedText(zh: "", en: ""))
        )
    }
}

extension Material {
    static func decode(_ node: YAMLNode) -> Material? {
        let reader = NodeReader(node, FlowSchema.materialSchema)
        guard let id = reader.string("id") else { return nil }
        return Material(
            id: id,
            name: reader.localized("name") ?? reader.missing(LocalizedText(zh: "", en: "")),
            required: reader.bool("required") ?? true,
            enabled: reader.bool("enabled") ?? true,
            when: reader.expression("when"),
            accept: reader.words("accept", as: MaterialFileType.self),
            maxSizeMB: reader.int("max-size-mb") ?? reader.missing(10),
            carriedOver: reader.bool("carried-over") ?? true
        )
    }
}

extension Product {
    static func decode(_ node: YAMLNode) -> Product? {
        let reader = NodeReader(node, FlowSchema.productSchema)
        guard let id = reader.string("id") else { return nil }
        return Product(
            id: id,
            name: reader.localized("name") ?? reader.missing(LocalizedText(zh: "", en: "")),
            medium: reader.word("medium", as: Medium.self) ?? reader.missing(.ukey),
            prices: reader.list("prices").compactMap(PriceTier.decode)
        )
    }
}

extension PriceTier {
    static func decode(_ node: YAMLNode) -> PriceTier? {
        let reader = NodeReader(node, FlowSchema.priceSchema)
        guard let years = reader.int("years"), let fen = reader.fen("amount") else { return nil }
        return PriceTier(years: years, fen: fen)
    }
}

extension SealOption {
    static func decode(_ node: YAMLNode) -> SealOption? {
        let reader = NodeReader(node, FlowSchema.sealOptionSchema)
        guard let id = reader.string("id"), let fen = reader.fen("amount") else { return nil }
        return SealOption(id: id, name: reader.localized("name") ?? reader.missing(LocalizedText(zh: "", en: "")), fen: fen)
    }
}

extension InvoiceRule {
    static func decode(_ node: YAMLNode) -> InvoiceRule? {
        let reader = NodeReader(node, FlowSchema.invoiceSchema)
        guard let mode = reader.word("mode", as: InvoiceMode.self) else { return nil }
        return InvoiceRule(
            mode: mode, when: reader.expression("when"),
            titleField: reader.string("title-field") ?? reader.missing(""),
            taxNumberField: reader.string("tax-number-field") ?? reader.missing(""),
            emailField: reader.string("email-field") ?? reader.missing("")
        )
    }
}

extension ReviewRule {
    static func decode(_ node: YAMLNode) -> ReviewRule? {
        let reader = NodeReader(node, FlowSchema.reviewSchema)
        if let days = reader.int("working-days") {
            return ReviewRule(minWorkingDays: days, maxWorkingDays: days, autoApprove: reader.expression("auto-approve"))
        }
        guard let range = reader.child("working-days").map({ NodeReader($0, FlowSchema.dayRangeSchema) }),
              let low = range.int("min"), let high = range.int("max") else { return nil }
        return ReviewRule(minWorkingDays: low, maxWorkingDays: high, autoApprove: reader.expression("auto-approve"))
    }
}

public import FlowYAML

extension Channel {
    /// Reads a channel from its file's root node; nil when the root is no mapping or has no id.
    public static func decode(_ root: YAMLNode) -> Channel? {
        let reader = NodeReader(root, ChannelSchema.file)
        guard root.isMapping, let id = reader.string("channel") else { return nil }
        return Channel(
            id: id,
            name: reader.localized("name") ?? reader.missing(LocalizedText(zh: "", en: "")),
            kind: reader.word("kind", as: ChannelKind.self) ?? reader.missing(.partner),
            description: reader.localized("description")?.value,
            flows: reader.pairs("flows").compactMap(FlowOverlay.decode)
        )
    }
}

extension FlowOverlay {
    static func decode(_ pair: YAMLPair) -> FlowOverlay? {
        guard let flow = NodeReader.key(pair) else { return nil }
        let reader = NodeReader(pair.value, ChannelSchema.overlaySchema)
        return FlowOverlay(
            flow: flow,
            title: reader.localized("title"),
            settings: reader.pairs("settings").compactMap { pair in
                guard let id = NodeReader.key(pair), let value = NodeReader.scalarValue(pair.value) else { return nil }
                return SettingValue(id: id, value: value)
            },
            choices: reader.pairs("choices").compactMap { pair in
                guard let field = NodeReader.key(pair) else { return nil }
                let options = (pair.value.sequence ?? []).compactMap { item in
                    item.string.map { Located($0, path: item.path, range: item.range) }
                }
                return ChoiceOverlay(field: field, options: options)
            },
            materials: reader.pairs("materials").compactMap { pair in
                guard let id = NodeReader.key(pair) else { return nil }
                let material = NodeReader(pair.value, ChannelSchema.materialOverlaySchema)
                return MaterialOverlay(id: id, required: material.bool("required"), enabled: material.bool("enabled"), name: material.localized("name"))
            },
            prices: reader.pairs("prices").compactMap { pair in
                guard let product = NodeReader.key(pair) else { return nil }
                return ProductPrices(product: product, prices: (pair.value.sequence ?? []).compactMap(PriceTier.decode))
            },
            sealOptions: reader.pairs("seal-options").compactMap { pair in
                guard let id = NodeReader.key(pair), let fen = ScalarReading.fen(pair.value) else { return nil }
                return SealPrice(id: id, fen: Located(fen, path: pair.value.path, range: pair.value.range))
            },
            paymentMethods: reader.child("payment-methods") == nil ? nil : reader.words("payment-methods", as: PaymentMethod.self),
            invoiceMode: reader.word("invoice", as: InvoiceMode.self),
            review: reader.child("review").flatMap(ReviewRule.decode),
            steps: reader.pairs("steps").compactMap { pair in
                NodeReader.key(pair).map { StepOverlay(id: $0, title: NodeReader(pair.value, ChannelSchema.stepOverlaySchema).localized("title")) }
            },
            fields: reader.pairs("fields").compactMap { pair in
                guard let id = NodeReader.key(pair) else { return nil }
                let field = NodeReader(pair.value, ChannelSchema.fieldOverlaySchema)
                return FieldOverlay(id: id, label: field.localized("label"), required: field.bool("required"), defaultValue: field.scalarValue("default"))
            }
        )
    }
}

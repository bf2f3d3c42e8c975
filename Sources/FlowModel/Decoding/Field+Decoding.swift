import FlowYAML

extension Field {
    static func decode(_ node: YAMLNode) -> Field? {
        let reader = NodeReader(node, FlowSchema.fieldSchema)
        guard let id = reader.string("id"), let type = reader.word("type", as: FieldType.self) else { return nil }
        return Field(
            id: id,
            label: reader.localized("label") ?? reader.missing(LocalizedText(zh: "", en: "")),
            type: type,
            required: Requirement.decode(reader.child("required")),
            when: reader.expression("when"),
            validators: reader.list("validators").compactMap(Validator.decode),
            defaultValue: reader.scalarValue("default"),
            example: reader.scalarValue("example"),
            readOnly: reader.bool("read-only") ?? false,
            prefill: reader.child("prefill").flatMap(Prefill.decode),
            mask: reader.bool("mask"),
            options: reader.list("options").compactMap(EnumOption.decode),
            optionsFrom: reader.string("options-from"),
            computed: reader.expression("computed"),
            help: reader.localized("help")?.value
        )
    }
}

extension Requirement {
    static func decode(_ node: YAMLNode?) -> Requirement {
        guard let node else { return .always }
        if let flag = node.bool { return flag ? .always : .never }
        return NodeReader.expression(node).map(Requirement.when) ?? .always
    }
}

extension Validator {
    static func decode(_ node: YAMLNode) -> Located<Validator>? {
        let located = { (validator: Validator) in Located(validator, path: node.path, range: node.range) }
        if let word = node.string {
            if word == "accepted" { return located(.accepted) }
            return DomainValidator(rawValue: word).map { located(.domain($0)) }
        }
        let reader = NodeReader(node, FlowSchema.validatorSchema)
        if let pattern = reader.string("pattern") { return located(.pattern(pattern.value)) }
        if let bounds = reader.child("length").map({ NodeReader($0, FlowSchema.boundsSchema) }) {
            return located(.length(min: bounds.int("min")?.value, max: bounds.int("max")?.value))
        }
        if let bounds = reader.child("range").map({ NodeReader($0, FlowSchema.boundsSchema) }) {
            return located(.range(min: bounds.child("min")?.scalar?.text, max: bounds.child("max")?.scalar?.text))
        }
        return nil
    }
}

extension Prefill {
    static func decode(_ node: YAMLNode) -> Located<Prefill>? {
        if let field = node.string { return Located(.field(field), path: node.path, range: node.range) }
        let reader = NodeReader(node, FlowSchema.prefillSchema)
        if let field = reader.string("field") { return Located(.field(field.value), path: node.path, range: field.range) }
        if let value = reader.string("value") { return Located(.value(value.value), path: node.path, range: value.range) }
        return nil
    }
}

extension EnumOption {
    static func decode(_ node: YAMLNode) -> EnumOption? {
        let reader = NodeReader(node, FlowSchema.optionSchema)
        guard let valueNode = reader.child("value"), let text = valueNode.scalar?.text else { return nil }
        return EnumOption(
            value: Located(text, path: valueNode.path, range: valueNode.range),
            label: reader.localized("label") ?? reader.missing(LocalizedText(zh: "", en: ""))
        )
    }
}

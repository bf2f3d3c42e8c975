import FlowYAML

extension Step {
    static func decode(_ node: YAMLNode) -> Step? {
        let reader = NodeReader(node, FlowSchema.stepSchema)
        guard let id = reader.string("id") else { return nil }
        return Step(
            id: id,
            title: reader.localized("title") ?? reader.missing(LocalizedText(zh: "", en: "")),
            kind: reader.word("kind", as: StepKind.self) ?? reader.missing(.form),
            back: reader.bool("back") ?? true,
            when: reader.expression("when"),
            fields: reader.list("fields").compactMap(Field.decode),
            choice: reader.child("choice").flatMap(Choice.decode),
            materials: reader.identifiers("materials"),
            summary: reader.identifiers("summary"),
            actions: reader.list("actions").compactMap(ActionCall.decode),
            wait: reader.word("wait", as: WaitState.self),
            notice: reader.localized("notice"),
            next: Transition.decode(reader.child("next"))
        )
    }
}

extension Transition {
    /// `next: step_id` or `next: [{when: …, goto: …}, …]`.
    static func decode(_ node: YAMLNode?) -> [Transition] {
        guard let node else { return [] }
        if let target = node.string {
            return [Transition(target: Located(target, path: node.path, range: node.range))]
        }
        return (node.sequence ?? []).compactMap { branch in
            let reader = NodeReader(branch, FlowSchema.transitionSchema)
            guard let target = reader.string("goto") else { return nil }
            return Transition(when: reader.expression("when"), target: target)
        }
    }
}

extension Choice {
    static func decode(_ node: YAMLNode) -> Choice? {
        let reader = NodeReader(node, FlowSchema.choiceSchema)
        guard let field = reader.string("field") else { return nil }
        return Choice(
            field: field,
            label: reader.localized("label") ?? reader.missing(LocalizedText(zh: "", en: "")),
            options: reader.list("options").compactMap(ChoiceOption.decode)
        )
    }
}

extension ChoiceOption {
    static func decode(_ node: YAMLNode) -> ChoiceOption? {
        let reader = NodeReader(node, FlowSchema.choiceOptionSchema)
        guard let id = reader.string("id") else { return nil }
        return ChoiceOption(
            id: id,
            label: reader.localized("label") ?? reader.missing(LocalizedText(zh: "", en: "")),
            when: reader.expression("when"),
            fields: reader.list("fields").compactMap(Field.decode),
            prefill: reader.pairs("prefill").compactMap { pair in
                guard let target = NodeReader.key(pair), let source = pair.value.string else { return nil }
                return PrefillRule(target: target, source: Located(source, path: pair.value.path, range: pair.value.range))
            },
            actions: reader.list("actions").compactMap(ActionCall.decode),
            wait: reader.word("wait", as: WaitState.self)
        )
    }
}

extension ActionCall {
    static func decode(_ node: YAMLNode) -> ActionCall? {
        let reader = NodeReader(node, FlowSchema.actionSchema)
        guard let name = reader.string("run") else { return nil }
        return ActionCall(
            name: name,
            arguments: reader.pairs("with").compactMap { pair in
                guard let argument = NodeReader.key(pair), let expression = NodeReader.expression(pair.value) else { return nil }
                return ActionArgument(name: argument, expression: expression)
            },
            timing: reader.word("on", as: ActionTiming.self) ?? reader.missing(.submit),
            when: reader.expression("when")
        )
    }
}

import FlowDiagnostics

/// The parts of the flow schema below `steps`.
extension FlowSchema {
    private typealias P = ObjectSchema.Property
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    static let stepSchema = ObjectSchema(name: "step", summary: text("One page of the flow.", "流程中的一个页面。"), properties: [
        P("id", identifier, required: true, text("The step's id.", "步骤标识。")),
        P("title", .localized, required: true, text("The step's title.", "步骤标题。")),
        P("kind", .word(StepKind.allCases.map(\.rawValue)), required: true, text("What the step is.", "步骤类型。")),
        P("back", .boolean, text("Whether the applicant may go back from here (default true).", "是否允许返回上一步（默认 true）。")),
        P("when", expression, text("Skipped when this does not hold.", "条件不成立时跳过此步骤。")),
        P("fields", .list(.object(fieldSchema)), text("Inputs of the step.", "步骤中的输入项。")),
        P("choice", .object(choiceSchema), text("Verification options to choose from.", "可选的核验方式。")),
        P("materials", .list(identifier), text("Materials collected here (ids).", "此步骤上传的资料（标识）。")),
        P("summary", .list(identifier), text("Steps a confirmation shows, read-only.", "确认页展示的步骤（只读）。")),
        P("actions", .list(.object(actionSchema)), text("Built-in actions the step runs.", "步骤执行的内置动作。")),
        P("wait", .word(WaitState.allCases.map(\.rawValue)), text("What the step waits for from outside.", "步骤等待的外部结果。")),
        P("notice", .localized, text("A remark shown on the step.", "步骤中显示的提示。")),
        P("next", .either([identifier, .list(.object(transitionSchema))]), text("The next step, or branches with conditions.", "下一步，或带条件的分支。")),
    ])

    static let transitionSchema = ObjectSchema(name: "branch", summary: text("A conditional transition.", "带条件的跳转。"), properties: [
        P("when", expression, text("Taken when this holds; the last branch may omit it.", "条件成立时跳转；最后一个分支可省略。")),
        P("goto", identifier, required: true, text("The step to go to.", "跳转到的步骤。")),
    ])

    static let fieldSchema = ObjectSchema(name: "field", summary: text("One input.", "一个输入项。"), properties: [
        P("id", identifier, required: true, text("The field's id, used in expressions.", "字段标识，用于表达式。")),
        P("label", .localized, required: true, text("The field's label.", "字段标签。")),
        P("type", .word(FieldType.allCases.map(\.rawValue)), required: true, text("The field's type.", "字段类型。")),
        P("required", .either([.boolean, expression]), text("true (default), false, or an expression.", "true（默认）、false 或表达式。")),
        P("when", expression, text("Shown and asked only when this holds.", "仅当条件成立时显示并要求填写。")),
        P("validators", .list(.either([.word(DomainValidator.allCases.map(\.rawValue) + ["accepted"]), .object(validatorSchema)])), text("Checks beyond the type's own.", "类型自带校验之外的校验。")),
        P("default", scalarValue, text("The initial answer.", "默认值。")),
        P("example", scalarValue, text("A sample shown to the applicant; never real personal data.", "示例值；不得为真实个人信息。")),
        P("read-only", .boolean, text("Shown but not editable.", "只读。")),
        P("prefill", .either([identifier, .object(prefillSchema)]), text("An earlier field, or {value: certificate.organization}.", "来自此前字段，或 {value: certificate.organization}。")),
        P("mask", .boolean, text("Show the value masked (default true for personal data).", "掩码显示（个人信息默认 true）。")),
        P("options", .list(.object(optionSchema)), text("The choices of an enum field.", "枚举字段的选项。")),
        P("options-from", .string(.text), text("An action output listing the choices.", "提供选项的动作输出。")),
        P("computed", expression, text("A value computed from an expression (read-only).", "由表达式计算的值（只读）。")),
        P("help", .localized, text("Help text.", "帮助说明。")),
    ])

    static let prefillSchema = ObjectSchema(name: "prefill", summary: text("Where a value comes from.", "预填来源。"), properties: [
        P("field", identifier, text("An earlier field.", "此前的字段。")),
        P("value", .string(.text), text("A certificate attribute or action output, e.g. certificate.organization.", "证书属性或动作输出，例如 certificate.organization。")),
    ])

    static let validatorSchema = ObjectSchema(name: "validator", summary: text("A check.", "一项校验。"), properties: [
        P("pattern", .string(.text), text("A regular expression the whole answer must match.", "答案须完整匹配的正则表达式。")),
        P("length", .object(boundsSchema), text("Length in characters.", "字符长度。")),
        P("range", .object(boundsSchema), text("Numeric range.", "数值范围。")),
    ])

    static let boundsSchema = ObjectSchema(name: "bounds", summary: text("Bounds.", "上下限。"), properties: [
        P("min", .either([.integer(minimum: nil, maximum: nil), .money]), text("At least.", "最小值。")),
        P("max", .either([.integer(minimum: nil, maximum: nil), .money]), text("At most.", "最大值。")),
    ])

    static let optionSchema = ObjectSchema(name: "option", summary: text("A choice of an enum field.", "枚举选项。"), properties: [
        P("value", .either([.string(.text), .integer(minimum: nil, maximum: nil)]), required: true, text("The stored value.", "保存的值。")),
        P("label", .localized, required: true, text("What the applicant sees.", "显示文本。")),
    ])

    static let choiceSchema = ObjectSchema(name: "choice", summary: text("A choice among verification options.", "核验方式选择。"), properties: [
        P("field", identifier, required: true, text("The field that stores the chosen option's id.", "保存所选方式的字段。")),
        P("label", .localized, required: true, text("The question.", "问题文本。")),
        P("options", .list(.object(choiceOptionSchema)), required: true, text("The options; channels narrow them.", "可选方式；渠道可缩减。")),
    ])

    static let choiceOptionSchema = ObjectSchema(name: "choice-option", summary: text("A verification option.", "一种核验方式。"), properties: [
        P("id", identifier, required: true, text("The option's id.", "方式标识。")),
        P("label", .localized, required: true, text("The option's name.", "方式名称。")),
        P("when", expression, text("Offered only when this holds.", "仅当条件成立时提供。")),
        P("fields", .list(.object(fieldSchema)), text("Fields the option needs.", "该方式需填写的字段。")),
        P("prefill", .dictionary(identifier), text("target-field: source-field, filled from earlier answers.", "目标字段: 来源字段，由此前答案预填。")),
        P("actions", .list(.object(actionSchema)), text("Actions the option runs.", "该方式执行的动作。")),
        P("wait", .word(WaitState.allCases.map(\.rawValue)), text("What the option waits for (face verification …).", "该方式等待的外部结果（如刷脸）。")),
    ])

    static let actionSchema = ObjectSchema(name: "action", summary: text("A built-in action.", "内置动作。"), properties: [
        P("run", identifier, required: true, text("The action's name.", "动作名称。")),
        P("with", .dictionary(expression), text("Arguments: name → expression.", "参数：名称 → 表达式。")),
        P("on", .word(ActionTiming.allCases.map(\.rawValue)), text("enter (as the step is shown) or submit (default).", "enter（进入步骤时）或 submit（提交时，默认）。")),
        P("when", expression, text("Runs only when this holds.", "仅当条件成立时执行。")),
    ])
}

/// Every rule, sorted by id. A test proves each rule file is registered here exactly once.
public enum LintRules {
    public static let all: [any LintRule] = [
        DuplicateIDRule(),
        InvalidValueRule(),
        MissingKeyRule(),
        MissingTranslationRule(),
        OverlayUnknownTargetRule(),
        SettingValueRule(),
        UnknownFlowRule(),
        UnknownKeyRule(),
        UnknownStepRule(),
        UnreachableStepRule(),
        WrongTypeRule(),
        CycleWithoutExitRule(),
        NoTerminalStepRule(),
        MissingNextRule(),
        EnumOptionsRule(),
        PaymentWithoutPriceRule(),
        InvoiceOnZeroAmountRule(),
        PersonalDataRule(),
        YesNoStringRule(),
        WaitMismatchRule(),
        RenewalWindowRule(),
        SubjectGuardRule(),
        UnchoosableOptionRule(),
        ConfirmationSummaryRule(),
        ExpressionSyntaxRule(),
        ExpressionTypeRule(),
        UnknownNameRule(),
        FieldBeforeDefinitionRule(),
        UnknownSettingRule(),
        ConstantConditionRule(),
        UnknownActionRule(),
        ActionArgumentsRule(),
        ActionStepKindRule(),
        ValidatorTypeRule(),
        UnknownMaterialRule(),
        UnknownFieldReferenceRule(),
        CalendarDataRule(),
        CalendarCoverageRule(),
        TemplatePlaceholderRule(),
    ].sorted { $0.id < $1.id }

    /// The rule with this id.
    public static func rule(_ id: String) -> (any LintRule)? {
        all.first { $0.id == id }
    }
}

import FlowDiagnostics

/// A small run shared by the output-format tests: Chinese text, a path with a space and a comma, a
/// message with `%`, a colon and a line break, a note, a range over several lines, a checked file
/// without findings, and a diagnostic whose rule has no descriptor.
enum ReportSample {
    static let informationURI = "https://channelflow.example/docs"

    static let duplicateStep = RuleDescriptor(
        id: "flow-duplicate-step",
        summary: LocalizedMessage(en: "step ids are unique within a flow", zh: "同一流程内步骤 id 唯一"),
        severity: .error,
        helpText: LocalizedMessage(
            en: "each step id names one step; rename or merge the second one",
            zh: "每个步骤 id 只对应一个步骤；请重命名或合并第二个"
        ),
        helpURI: "https://channelflow.example/rules/flow-duplicate-step"
    )

    static let priceFormat = RuleDescriptor(
        id: "price-format",
        summary: LocalizedMessage(en: "prices are decimals in yuan", zh: "价格是以元为单位的小数"),
        severity: .warning
    )

    static let report = DiagnosticReport(
        files: ["Flows/open-account.yaml", "my flows/a, b.yaml", "Channels/beijing.yaml"],
        diagnostics: [
            Diagnostic(
                path: "Flows/open-account.yaml",
                range: range(7, 5, 7, 11),
                severity: .error,
                id: "flow-duplicate-step",
                message: LocalizedMessage(en: "duplicate step \"verify\"", zh: "重复的步骤 \"verify\""),
                notes: [Diagnostic.Note(
                    path: "Flows/open-account.yaml",
                    location: SourceLocation(line: 3, column: 5),
                    message: LocalizedMessage(en: "first defined here", zh: "首次定义于此")
                )]
            ),
            Diagnostic(
                path: "my flows/a, b.yaml",
                range: range(4, 10, 4, 13),
                severity: .warning,
                id: "price-format",
                message: LocalizedMessage(
                    en: "value \"50%\" is not a decimal: write 0.5\nsee the price rules",
                    zh: "值 \"50%\" 不是小数：请写 0.5\n参见价格规则"
                )
            ),
            Diagnostic(
                path: "Flows/open-account.yaml",
                range: range(2, 3, 5, 1),
                severity: .note,
                id: "flow-unused-field",
                message: LocalizedMessage(en: "field \"名称\" is never used", zh: "字段 \"名称\" 未被使用")
            ),
        ],
        rules: [duplicateStep, priceFormat]
    )

    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            start: SourceLocation(line: line, column: column),
            end: SourceLocation(line: endLine, column: endColumn)
        )
    }
}

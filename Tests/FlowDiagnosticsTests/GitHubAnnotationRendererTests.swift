import FlowDiagnostics
import Testing

@Suite struct GitHubAnnotationRendererTests {
    @Test func englishAnnotationsOneLinePerDiagnostic() {
        let output = GitHubAnnotationRenderer(language: .en).render(ReportSample.report)
        #expect(output == """
        ::error file=Flows/open-account.yaml,line=7,col=5,endLine=7,endColumn=10,title=flow-duplicate-step::\
        duplicate step "verify"%0AFlows/open-account.yaml:3:5: note: first defined here
        ::warning file=my flows/a%2C b.yaml,line=4,col=10,endLine=4,endColumn=12,title=price-format::\
        value "50%25" is not a decimal: write 0.5%0Asee the price rules
        ::notice file=Flows/open-account.yaml,line=2,col=3,title=flow-unused-field::field "名称" is never used

        """)
    }

    @Test func chineseAnnotationsUseChineseMessagesAndNoteLabel() {
        let output = GitHubAnnotationRenderer(language: .zh).render(ReportSample.report)
        #expect(output == """
        ::error file=Flows/open-account.yaml,line=7,col=5,endLine=7,endColumn=10,title=flow-duplicate-step::\
        重复的步骤 "verify"%0AFlows/open-account.yaml:3:5: 提示: 首次定义于此
        ::warning file=my flows/a%2C b.yaml,line=4,col=10,endLine=4,endColumn=12,title=price-format::\
        值 "50%25" 不是小数：请写 0.5%0A参见价格规则
        ::notice file=Flows/open-account.yaml,line=2,col=3,title=flow-unused-field::字段 "名称" 未被使用

        """)
    }

    /// Properties escape `%`, CR, LF, `:` and `,`; data escapes only `%`, CR and LF (actions/toolkit).
    @Test func propertiesAndDataFollowTheRunnerEscapingRules() {
        let diagnostic = Diagnostic(
            path: "dir:x/100%,\r\n.yaml",
            range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            severity: .error,
            id: "odd:id,1",
            message: LocalizedMessage(en: "a:b,c 100%25 %0A\r\nend::", zh: "")
        )
        #expect(GitHubAnnotationRenderer(language: .en).annotation(diagnostic)
            == "::error file=dir%3Ax/100%25%2C%0D%0A.yaml,line=1,col=1,endLine=1,endColumn=1,title=odd%3Aid%2C1"
            + "::a:b,c 100%2525 %250A%0D%0Aend::")
    }

    @Test func rangeEndIsExclusiveButGitHubEndColumnIsInclusive() {
        let oneCharacter = annotationPosition(ReportSample.range(3, 4, 3, 5))
        #expect(oneCharacter == "line=3,col=4,endLine=3,endColumn=4")
        let empty = annotationPosition(ReportSample.range(3, 4, 3, 4))
        #expect(empty == "line=3,col=4,endLine=3,endColumn=4")
    }

    /// The runner drops `col` and `endColumn` when `line` and `endLine` differ; keep the start column.
    @Test func multiLineRangeIsReportedAtItsStart() {
        #expect(annotationPosition(ReportSample.range(2, 7, 4, 3)) == "line=2,col=7")
    }

    @Test func positionsBelowOneAreClamped() {
        #expect(annotationPosition(ReportSample.range(0, 0, 0, 0)) == "line=1,col=1,endLine=1,endColumn=1")
    }

    private func annotationPosition(_ range: SourceRange) -> String {
        let diagnostic = Diagnostic(
            path: "a.yaml", range: range, severity: .warning, id: "r",
            message: LocalizedMessage(en: "m", zh: "m")
        )
        let line = GitHubAnnotationRenderer(language: .en).annotation(diagnostic)
        let prefix = "::warning file=a.yaml,"
        let suffix = ",title=r::m"
        guard line.hasPrefix(prefix), line.hasSuffix(suffix) else { return line }
        return String(line.dropFirst(prefix.count).dropLast(suffix.count))
    }
}

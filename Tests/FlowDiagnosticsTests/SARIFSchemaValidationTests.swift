import FlowDiagnostics
import Testing

/// The SARIF output against the official 2.1.0 schema, and proof that the check can fail.
@Suite struct SARIFSchemaValidationTests {
    private func log(_ language: Language) -> String {
        SARIFRenderer(language: language, toolVersion: "0.3.0", informationURI: ReportSample.informationURI)
            .render(ReportSample.report)
    }

    @Test(arguments: Language.allCases)
    func renderedLogConformsToTheSchema(language: Language) throws {
        let outcome = try SARIFSchemaValidator.validate(log(language))
        #expect(outcome.status == 0, "schema errors:\n\(outcome.output)")
        #expect(outcome.output.isEmpty)
    }

    @Test func logWithAbsolutePathsChineseNamesAndEdgePositionsConforms() throws {
        let note = Diagnostic.Note(
            path: "/srv/ci/渠道/北京.yaml", location: SourceLocation(line: 0, column: 0),
            message: LocalizedMessage(en: "here", zh: "此处")
        )
        let diagnostic = Diagnostic(
            path: "/srv/ci/渠道/北京 #1?.yaml", range: ReportSample.range(0, 0, 0, 0), severity: .warning,
            id: "x", message: LocalizedMessage(en: "m", zh: "消息"), notes: [note, note]
        )
        let report = DiagnosticReport(files: ["./a:b.yaml", "a:b.yaml"], diagnostics: [diagnostic])
        let text = SARIFRenderer(language: .zh, toolVersion: "0.0.0-dev", informationURI: ReportSample.informationURI)
            .render(report)
        let outcome = try SARIFSchemaValidator.validate(text)
        #expect(outcome.status == 0, "schema errors:\n\(outcome.output)")
    }

    /// Each edit breaks one schema rule and the validator must report it at that path, so a
    /// validator that accepts everything (or checks nothing) cannot make the tests above pass.
    @Test(arguments: [
        (#""version": "2.1.0""#, #""version": "2.2.0""#,
         "version", "'2.2.0' is not one of ['2.1.0']"),
        (#""level": "note""#, #""level": "fatal""#,
         "runs/0/results/2/level", "'fatal' is not one of ['none', 'note', 'warning', 'error']"),
        (#""startLine": 7"#, #""startLine": 0"#,
         "runs/0/results/0/locations/0/physicalLocation/region/startLine", "0 is less than the minimum of 1"),
        (#""uri": "my%20flows/a%2C%20b.yaml","#, #""uri": "my flows/a, b.yaml","#,
         "runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri",
         "'my flows/a, b.yaml' is not a 'uri-reference'"),
        (#""columnKind": "unicodeCodePoints""#, #""columnKind": "unicodeScalars""#,
         "runs/0/columnKind", "'unicodeScalars' is not one of ['utf16CodeUnits', 'unicodeCodePoints']"),
        (#""ruleIndex": 0"#, #""ruleNumber": 0"#,
         "runs/0/results/0", "Additional properties are not allowed ('ruleNumber' was unexpected)"),
        (#""uri": "Channels/beijing.yaml""#, #""uri": "Flows/open-account.yaml""#,
         "runs/0/artifacts", "has non-unique elements"),
    ])
    func brokenLogFailsValidation(original: String, replacement: String, path: String, error: String) throws {
        let valid = log(.en)
        try #require(valid.ranges(of: original).count == 1, "the edit must hit exactly one place")
        let outcome = try SARIFSchemaValidator.validate(valid.replacing(original, with: replacement))
        #expect(outcome.status == 1)
        let reported = outcome.output.split(separator: "\n").contains { line in
            line.hasPrefix(path + ": ") && line.contains(error)
        }
        #expect(reported, "validator said:\n\(outcome.output)")
    }
}

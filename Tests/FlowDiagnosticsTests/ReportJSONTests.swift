import FlowDiagnostics
import Testing

@Suite struct ReportJSONTests {
    @Test func wholeRunIsOneDocumentWithVersionDiagnosticsAndSummary() {
        let json = JSONWriter(pretty: true).string(DiagnosticRenderer.json(ReportSample.report))
        #expect(json == #"""
        {
          "version": 1,
          "diagnostics": [
            {
              "path": "Flows/open-account.yaml",
              "line": 7,
              "column": 5,
              "endLine": 7,
              "endColumn": 11,
              "severity": "error",
              "id": "flow-duplicate-step",
              "message": {
                "en": "duplicate step \"verify\"",
                "zh": "重复的步骤 \"verify\""
              },
              "notes": [
                {
                  "path": "Flows/open-account.yaml",
                  "line": 3,
                  "column": 5,
                  "message": {
                    "en": "first defined here",
                    "zh": "首次定义于此"
                  }
                }
              ]
            },
            {
              "path": "my flows/a, b.yaml",
              "line": 4,
              "column": 10,
              "endLine": 4,
              "endColumn": 13,
              "severity": "warning",
              "id": "price-format",
              "message": {
                "en": "value \"50%\" is not a decimal: write 0.5\nsee the price rules",
                "zh": "值 \"50%\" 不是小数：请写 0.5\n参见价格规则"
              },
              "notes": []
            },
            {
              "path": "Flows/open-account.yaml",
              "line": 2,
              "column": 3,
              "endLine": 5,
              "endColumn": 1,
              "severity": "note",
              "id": "flow-unused-field",
              "message": {
                "en": "field \"名称\" is never used",
                "zh": "字段 \"名称\" 未被使用"
              },
              "notes": []
            }
          ],
          "summary": {
            "errors": 1,
            "warnings": 1,
            "notes": 1,
            "files": 3
          }
        }
        """#)
    }

    @Test func eachDiagnosticIsTheSingleDiagnosticForm() {
        let report = ReportSample.report
        guard case let .object(members) = DiagnosticRenderer.json(report),
              let diagnostics = members.first(where: { $0.0 == "diagnostics" })?.1 else {
            Issue.record("the report is not an object with diagnostics")
            return
        }
        #expect(diagnostics == .array(report.diagnostics.map { DiagnosticRenderer.json($0) }))
    }

    @Test func emptyRunStillCountsItsFiles() {
        let report = DiagnosticReport(files: ["a.yaml", "b.yaml", "a.yaml"], diagnostics: [])
        #expect(JSONWriter().string(DiagnosticRenderer.json(report))
            == #"{"version":1,"diagnostics":[],"summary":{"errors":0,"warnings":0,"notes":0,"files":2}}"#)
    }

    @Test func filesOnlyNamedByADiagnosticOrNoteAreCounted() {
        let note = Diagnostic.Note(
            path: "c.yaml", location: SourceLocation(line: 1, column: 1),
            message: LocalizedMessage(en: "first here", zh: "首次出现于此")
        )
        let diagnostic = Diagnostic(
            path: "b.yaml", range: ReportSample.range(1, 1, 1, 2), severity: .error, id: "x",
            message: LocalizedMessage(en: "m", zh: "m"), notes: [note]
        )
        let summary = DiagnosticReport(files: ["a.yaml"], diagnostics: [diagnostic, diagnostic]).summary
        #expect(summary == DiagnosticSummary(errors: 2, warnings: 0, notes: 0, files: 3))
    }
}

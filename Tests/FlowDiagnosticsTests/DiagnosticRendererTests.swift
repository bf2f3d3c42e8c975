import FlowDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    private func diagnostic(line: Int, column: Int, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(
            path: "flow.yaml",
            range: SourceRange(at: SourceLocation(line: line, column: column)),
            severity: .error,
            id: "yaml-duplicate-key",
            message: LocalizedMessage(en: "duplicate key \"a\"", zh: "重复的键 \"a\""),
            notes: notes
        )
    }

    @Test func textHasHeadlineSourceLineAndCaret() {
        let source = SourceFile(path: "flow.yaml", text: "a: 1\n  a: 2\n")
        let text = DiagnosticRenderer(language: .en).text(diagnostic(line: 2, column: 3), source: source)
        #expect(text == """
        flow.yaml:2:3: error: duplicate key "a" [yaml-duplicate-key]
          a: 2
          ^
        """)
    }

    @Test func chineseUsesChineseSeverityAndMessage() {
        let note = Diagnostic.Note(
            path: "flow.yaml", location: SourceLocation(line: 1, column: 1),
            message: LocalizedMessage(en: "first here", zh: "首次出现于此")
        )
        let text = DiagnosticRenderer(language: .zh).text(diagnostic(line: 1, column: 1, notes: [note]), source: nil)
        #expect(text == """
        flow.yaml:1:1: 错误: 重复的键 "a" [yaml-duplicate-key]
        flow.yaml:1:1: 提示: 首次出现于此
        """)
    }

    @Test func caretSitsUnderWideCharactersAndKeepsTabs() {
        let source = SourceFile(path: "flow.yaml", text: "名称:\tx\n")
        let text = DiagnosticRenderer(language: .en).text(diagnostic(line: 1, column: 5), source: source)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).last == "     \t^")
    }

    @Test func controlCharactersAreNotPrintedRaw() {
        let source = SourceFile(path: "flow.yaml", bytes: [0x61, 0x00, 0x1B, 0x62])
        let text = DiagnosticRenderer(language: .en).text(diagnostic(line: 1, column: 2), source: source)
        #expect(text.contains("a\u{FFFD}\u{FFFD}b"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func jsonCarriesBothLanguages() {
        let json = JSONWriter().string(DiagnosticRenderer.json(diagnostic(line: 2, column: 3)))
        #expect(json == #"{"path":"flow.yaml","line":2,"column":3,"endLine":2,"endColumn":3,"severity":"error","id":"yaml-duplicate-key","message":{"en":"duplicate key \"a\"","zh":"重复的键 \"a\""},"notes":[]}"#)
    }
}

extension DiagnosticRendererTests {
    /// Regression: a 400 KB line (200,000 nested brackets) was printed whole under its diagnostic.
    @Test func veryLongLinesAreCutAroundTheColumn() {
        let source = SourceFile(path: "deep.yaml", text: String(repeating: "[", count: 100_000))
        let diagnostic = Diagnostic(
            path: "deep.yaml", range: SourceRange(at: SourceLocation(line: 1, column: 257)), severity: .error,
            id: "yaml-limit", message: LocalizedMessage(en: "too deep", zh: "过深")
        )
        let lines = DiagnosticRenderer(language: .en).text(diagnostic, source: source).split(separator: "\n")
        #expect(lines[1] == "…" + String(repeating: "[", count: 160) + "…")
        #expect(lines[2] == String(repeating: " ", count: 81) + "^")
    }
}

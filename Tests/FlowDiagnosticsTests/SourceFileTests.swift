import FlowDiagnostics
import Testing

@Suite struct SourceFileTests {
    @Test func locationsCountColumnsInUnicodeScalars() {
        let source = SourceFile(path: "a.yaml", text: "名称: 值\nkey: v\n")
        #expect(source.location(ofByteOffset: 0) == SourceLocation(line: 1, column: 1))
        // "名称" is 6 bytes but 2 scalars: the ':' after it is column 3.
        #expect(source.location(ofByteOffset: 6) == SourceLocation(line: 1, column: 3))
        #expect(source.location(ofByteOffset: 12) == SourceLocation(line: 2, column: 1))
    }

    @Test func everyYAMLLineBreakStartsALine() {
        let source = SourceFile(path: "a.yaml", bytes: Array("a\r\nb\rc\u{85}d\u{2028}e\u{2029}f\ng".utf8))
        #expect(source.lineCount == 7)
        #expect((1...7).compactMap(source.lineText) == ["a", "b", "c", "d", "e", "f", "g"])
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let source = SourceFile(path: "a.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("中文: x".utf8))
        #expect(source.location(ofByteOffset: 3) == SourceLocation(line: 1, column: 1))
        #expect(source.lineText(1) == "中文: x")
    }

    @Test func offsetsBeyondTheEndAreClamped() {
        let source = SourceFile(path: "a.yaml", text: "ab")
        #expect(source.location(ofByteOffset: 99) == SourceLocation(line: 1, column: 3))
        #expect(source.lineText(0) == nil)
        #expect(source.lineText(2) == nil)
    }

    @Test func emptyFileHasOneEmptyLine() {
        let source = SourceFile(path: "empty.yaml", bytes: [])
        #expect(source.lineCount == 1)
        #expect(source.lineText(1) == "")
        #expect(source.location(ofByteOffset: 0) == SourceLocation(line: 1, column: 1))
    }

    @Test func invalidUTF8IsShownAsReplacementCharacter() {
        let source = SourceFile(path: "bad.yaml", bytes: [0x61, 0x80, 0x62])
        #expect(source.lineText(1) == "a\u{FFFD}b")
    }
}

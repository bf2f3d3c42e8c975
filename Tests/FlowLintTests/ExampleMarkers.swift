import FlowDiagnostics

/// A rule example's text with its `↓` marker lines taken out, and the positions they mark.
///
/// A marker line holds only spaces and `↓`; each `↓` marks the column, counted in Unicode scalars,
/// of an expected diagnostic on the next non-marker line.
struct ExampleMarkers {
    let text: String
    let expected: [SourceLocation]

    init(_ marked: String) {
        var kept: [String] = []
        var pending: [Int] = []
        var expected: [SourceLocation] = []
        for line in marked.split(separator: "\n", omittingEmptySubsequences: false) {
            let isMarker = line.contains("↓") && line.allSatisfy { $0 == " " || $0 == "↓" }
            if isMarker {
                for (offset, scalar) in line.unicodeScalars.enumerated() where scalar == "↓" {
                    pending.append(offset + 1)
                }
                continue
            }
            kept.append(String(line))
            expected += pending.map { SourceLocation(line: kept.count, column: $0) }
            pending = []
        }
        self.text = kept.joined(separator: "\n")
        self.expected = expected
    }
}

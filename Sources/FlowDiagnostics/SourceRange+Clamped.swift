extension SourceRange {
    /// The range with every line and column at least 1 and the end not before the start.
    ///
    /// Positions are 1-based by contract; this keeps one wrong position from making a whole SARIF
    /// log fail schema validation or a GitHub annotation be discarded.
    var clamped: SourceRange {
        let start = start.clamped
        return SourceRange(start: start, end: max(start, end.clamped))
    }
}

extension SourceLocation {
    /// The location with line and column at least 1.
    var clamped: SourceLocation {
        SourceLocation(line: max(1, line), column: max(1, column))
    }
}

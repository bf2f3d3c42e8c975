/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word printed in text output, in the requested language.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "note"
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.note, .zh): "提示"
        }
    }
}

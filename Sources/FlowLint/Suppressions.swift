import FlowDiagnostics
import Foundation

/// Inline suppression comments: `# channelflow: ignore[rule-id, other-id]` on the diagnostic's line
/// or on the line above it. libyaml does not report comments, so they are found in the text.
struct Suppressions {
    /// Path → line → suppressed rule ids.
    private var byFile: [String: [Int: Set<String>]] = [:]

    static let marker = "channelflow: ignore["

    init(sources: [SourceFile]) {
        let marker = Array(Self.marker.utf8)
        for source in sources {
            // Most files have no suppression at all; one byte search spares splitting them into lines.
            guard Self.contains(source.bytes, marker) else { continue }
            var lines: [Int: Set<String>] = [:]
            for line in 1...max(1, source.lineCount) {
                guard let text = source.lineText(line), let ids = Self.ids(in: text) else { continue }
                lines[line, default: []].formUnion(ids)
            }
            if !lines.isEmpty { byFile[source.path] = lines }
        }
    }

    /// Jumps from one candidate first byte to the next with the C library's `memchr`, which scans
    /// many bytes at a time: every byte of every file passes here.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress, let first = needle.first else { return false }
                var offset = 0
                while haystack.count - offset >= needle.count {
                    guard let found = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else { return false }
                    offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, wanted, needle.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }

    /// The rule ids a comment on this line suppresses, or nil without such a comment.
    static func ids(in line: String) -> Set<String>? {
        guard let hash = line.firstIndex(of: "#") else { return nil }
        let comment = line[hash...]
        guard let start = comment.range(of: marker)?.upperBound,
              let end = comment[start...].firstIndex(of: "]") else { return nil }
        let ids = comment[start..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Set(ids)
    }

    func suppresses(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity != .error || !diagnostic.id.hasPrefix("yaml-"),
              let lines = byFile[diagnostic.path] else { return false }
        let line = diagnostic.range.start.line
        return lines[line]?.contains(diagnostic.id) == true || lines[line - 1]?.contains(diagnostic.id) == true
    }
}

import Foundation
import Testing

/// Outputs of the built binary checked in under `Fixtures/Snapshots/`. A test compares its output
/// with the file; `CHANNELFLOW_UPDATE_SNAPSHOTS=1 swift test --filter EndToEndTests` rewrites the
/// files instead (review the diff before committing).
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Snapshots")

    static var updating: Bool { ProcessInfo.processInfo.environment["CHANNELFLOW_UPDATE_SNAPSHOTS"] == "1" }

    /// Records an issue naming the first differing line when `text` is not the snapshot `name`.
    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); record it with CHANNELFLOW_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        guard text != expected else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        Issue.record("""
            output differs from snapshot \(name) at line \(line + 1) (rerun with CHANNELFLOW_UPDATE_SNAPSHOTS=1 if the change is intended)
              snapshot: \(line < want.count ? String(want[line]) : "<end>")
              output:   \(line < got.count ? String(got[line]) : "<end>")
            """, sourceLocation: sourceLocation)
    }
}

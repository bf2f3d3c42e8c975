import Foundation

/// A temporary copy of the repository's `Flows/`, `Channels/` and `Calendars/`, to break on purpose and lint.
struct ShippedProject {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL

    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "channelflow-lint")
        for folder in ["Flows", "Channels", "Calendars"] {
            try FileManager.default.copyItem(
                at: Self.root.appendingPathComponent(folder),
                to: URL(fileURLWithPath: directory.path).appendingPathComponent(folder)
            )
        }
    }

    var path: String { directory.path }

    /// Replaces the first occurrence of `old` in a copied file.
    func replace(_ old: String, with new: String, in file: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ text: String, to file: String) throws {
        try directory.write(Array(text.utf8), to: file)
    }

    func remove() { directory.remove() }
}

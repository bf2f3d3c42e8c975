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

    /// Adds `Calendars/2027.yaml` as the next notice might read (New Year 1–3 January), for the
    /// tests of a missing year being added.
    func addCalendar2027() throws {
        try write("""
        schema: cn-workdays/v1
        year: 2027
        source: {title: 国务院办公厅关于2027年部分节假日安排的通知（测试用）, published: 2026-11-01}
        holidays:
          - {name_zh: 元旦, name_en: New Year's Day, from: 2027-01-01, to: 2027-01-03}
        workdays: []
        """, to: "Calendars/2027.yaml")
    }

    func remove() { directory.remove() }
}

import FlowDiagnostics
import FlowDomain
import FlowYAML

/// What the sandbox key file says: the certificate on the key, its password and how many wrong
/// tries are left.
///
/// ```yaml
/// serial: "5A3C0F…"            # the serial of the certificate on the key
/// organization: 示例科技有限公司
/// uscc: 91350100M000100Y43
/// not-before: 2025-11-25       # written by writeCertificate; optional
/// not-after: 2026-11-24
/// medium: ukey                  # ukey | cloud (default ukey)
/// pin: "123456"
/// tries-left: 6                 # 0 to 6 (default 6); 0 means blocked
/// inserted: true                # false plays an empty reader (default true)
/// ```
struct SandboxUKeyState: Equatable {
    /// Tries a key allows before it blocks, and what a reset restores.
    static let fullTries = 6
    static let media = ["cloud", "ukey"]
    static let keys = ["inserted", "medium", "not-after", "not-before", "organization", "pin", "serial", "tries-left", "uscc"]

    var serial: String
    var organization: String
    var uscc: String
    var notBefore: CivilDate?
    var notAfter: CivilDate
    var medium: String
    var pin: String
    var triesLeft: Int

    /// The key the file describes, or nil when it says `inserted: false`.
    static func decode(_ root: YAMLNode) throws(ProviderConfigurationError) -> SandboxUKeyState? {
        let file = try SettingsMapping(root, name: LocalizedMessage(en: "the sandbox key file", zh: "沙箱 UKEY 文件"))
        try file.checkKeys(keys)
        guard try file.boolean("inserted") ?? true else { return nil }
        let medium = try file.text("medium")
        if let medium, !media.contains(medium.text) {
            throw SettingsMapping.error(
                at: medium.node, en: "unknown medium \"\(medium.text)\"; expected one of \"cloud\", \"ukey\"",
                zh: "未知的介质 \"\(medium.text)\"；应为 \"cloud\"、\"ukey\" 之一"
            )
        }
        guard let notAfter = try date(file, "not-after") else {
            throw SettingsMapping.error(at: root, en: "missing key \"not-after\"", zh: "缺少键 \"not-after\"")
        }
        return SandboxUKeyState(
            serial: try file.requiredText("serial").text,
            organization: try file.requiredText("organization").text,
            uscc: try file.requiredText("uscc").text,
            notBefore: try date(file, "not-before"),
            notAfter: notAfter,
            medium: medium?.text ?? "ukey",
            pin: try file.requiredText("pin").text,
            triesLeft: try file.integer("tries-left", in: 0...fullTries) ?? fullTries
        )
    }

    /// A `YYYY-MM-DD` date at `key`.
    private static func date(_ file: SettingsMapping, _ key: String) throws(ProviderConfigurationError) -> CivilDate? {
        guard let found = try file.text(key) else { return nil }
        guard let date = parseDate(found.text) else {
            throw SettingsMapping.error(
                at: found.node, en: "\"\(key)\" must be a date written YYYY-MM-DD, not \"\(found.text)\"",
                zh: "\"\(key)\" 必须是 YYYY-MM-DD 格式的日期，而不是 \"\(found.text)\""
            )
        }
        return date
    }

    /// `2026-11-24` as a date; nil for any other shape or a day that does not exist.
    static func parseDate(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The file's text: every string double-quoted (JSON escaping is valid YAML), so any name
    /// reads back as the same string.
    var yaml: String {
        func quoted(_ text: String) -> String {
            let escaped = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case _ where scalar.value < 0x20:
                    "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                default: String(scalar)
                }
            }
            return "\"" + escaped.joined() + "\""
        }
        var lines = [
            "# The key SandboxUKey plays; the sandbox rewrites this file on every change.",
            "serial: \(quoted(serial))",
            "organization: \(quoted(organization))",
            "uscc: \(quoted(uscc))",
        ]
        if let notBefore { lines.append("not-before: \(quoted(notBefore.description))") }
        lines += [
            "not-after: \(quoted(notAfter.description))",
            "medium: \(quoted(medium))",
            "pin: \(quoted(pin))",
            "tries-left: \(triesLeft)",
            "inserted: true",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

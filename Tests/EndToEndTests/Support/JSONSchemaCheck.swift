import Foundation

/// check-jsonschema (PyPI), an independent validator: YAML or JSON files against a JSON Schema file.
/// A missing tool is an error of its own, never a pass.
enum JSONSchemaCheck {
    static let setupCommand = "python3 -m pip install 'check-jsonschema==0.39.0' (scripts/ensure-deps does)"

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// python3 with the check_jsonschema module, as a runnable program.
    static func located() async throws -> ChannelFlowBinary {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let python = folders.map({ "\($0)/python3" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Missing(description: "no python3 on PATH; \(setupCommand)")
        }
        let tool = ChannelFlowBinary(path: python)
        let version = try await tool.run(["-m", "check_jsonschema", "--version"])
        guard version.exitStatus == 0 else { throw Missing(description: "check-jsonschema is not installed; \(setupCommand)\n\(version.stderrText)") }
        return tool
    }

    /// Exit status 0 when every file is valid, 1 when one is not; the report on standard output.
    static func run(schema: String, files: [String], in directory: String? = nil) async throws -> ChannelFlowBinary.Run {
        try await located().run(["-m", "check_jsonschema", "--schemafile", schema] + files, currentDirectory: directory, timeout: .seconds(60))
    }
}

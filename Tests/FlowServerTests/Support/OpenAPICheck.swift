import Foundation
import Testing

/// Validates recorded answers against the OpenAPI document's response schemas with Python's
/// jsonschema (an independent validator; scripts/ensure-deps installs it).
enum OpenAPICheck {
    static let document = TestServer.root.appendingPathComponent("Sources/FlowServer/Resources/openapi.json")

    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
        doc = json.load(open(sys.argv[1]))
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        registry = Registry().with_resource("urn:openapi", resource)
        operations = {}
        for path, item in doc["paths"].items():
            for method, op in item.items():
                operations[op["operationId"]] = op
        failures = 0
        for number, line in enumerate(open(sys.argv[2]), 1):
            answer = json.loads(line)
            op = operations.get(answer["operation"])
            if op is None:
                print(f"{number}: no operation {answer['operation']}"); failures += 1; continue
            response = op["responses"].get(str(answer["status"]))
            if response is None:
                print(f"{number}: {answer['operation']} answered {answer['status']}, not documented"); failures += 1; continue
            content = response["content"].get(answer["contentType"])
            if content is None:
                print(f"{number}: {answer['operation']} {answer['status']} as {answer['contentType']}, not documented"); failures += 1; continue
            schema = {"$ref": "urn:openapi#" + content["schema"]["$ref"][1:]}
            for error in Draft202012Validator(schema, registry=registry).iter_errors(answer["body"]):
                print(f"{number}: {answer['operation']} {answer['status']}: {error.message} at {list(error.absolute_path)}"); failures += 1
        sys.exit(1 if failures else 0)
        """

    /// Nil when every answer is documented and valid, else the validator's report.
    static func violations(_ exchange: APIExchange) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.jsonl")
        let program = folder.appendingPathComponent("check.py")
        try exchange.jsonLines().write(to: answers, atomically: true, encoding: .utf8)
        try script.write(to: program, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", program.path, document.path, answers.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : report
    }
}

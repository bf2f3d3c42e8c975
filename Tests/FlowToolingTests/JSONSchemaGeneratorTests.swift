import FlowDiagnostics
import FlowModel
@testable import FlowTooling
import Foundation
import Testing

/// The JSON Schema is the language's schema in another form: every object, key and required key.
@Suite struct JSONSchemaGeneratorTests {
    private func members(_ value: JSONValue?) -> [(String, JSONValue)] {
        if case let .object(members)? = value { return members }
        return []
    }

    private func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        members(value).first { $0.0 == key }?.1
    }

    @Test(arguments: [("flow", FlowSchema.file), ("channel", ChannelSchema.file)])
    func everyObjectKeyAndRequiredKeyIsThere(_ name: String, _ root: ObjectSchema) {
        let schema = JSONSchemaGenerator.schema(for: root)
        #expect(member(schema, "$schema") == .string("http://json-schema.org/draft-07/schema#"))
        for object in root.reachableObjects {
            let definition = object.name == root.name ? schema : member(member(schema, "definitions"), object.name)
            #expect(members(member(definition, "properties")).map(\.0) == object.properties.map(\.key), "\(name): \(object.name)")
            let required = object.properties.filter(\.required).map { JSONValue.string($0.key) }
            #expect(member(definition, "required") == (required.isEmpty ? nil : .array(required)), "\(name): \(object.name)")
            #expect(member(definition, "additionalProperties") == .bool(false))
        }
    }

    @Test func descriptionsAreBilingualAndReferencesKeepThem() {
        let flow = JSONSchemaGenerator.flow
        let guardProperty = member(member(flow, "properties"), "guard")
        #expect(member(guardProperty, "description") == .string("Which open orders block a new one.\n哪些未完成订单会阻止新建订单。"))
        #expect(member(guardProperty, "allOf") == .array([.object([("$ref", .string("#/definitions/guard"))])]))
    }

    @Test(arguments: ["uscc", "agent_id_2", "a"], ["Uscc", "2fa", "_x", "a-b", ""])
    func identifierPatternAgreesWithTheModel(_ valid: String, _ invalid: String) throws {
        let pattern = try Regex(JSONSchemaGenerator.identifierPattern)
        #expect(Identifier.isValid(valid) && valid.wholeMatch(of: pattern) != nil)
        #expect(!Identifier.isValid(invalid) && invalid.wholeMatch(of: pattern) == nil)
    }
}

import FlowDiagnostics
import FlowModel
import Foundation
import Testing

/// `Step` and `Field` keep their properties in one shared box: copies must still behave as values,
/// and the JSON (which pinned definitions are stored as, and content hashes are taken over) must be
/// the properties themselves.
@Suite struct SharedStorageTests {
    private static let flow = """
        flow: tiny
        title: {zh: 小流程, en: Tiny flow}
        category: query
        media: [ukey]
        entry: none
        guard:
          open-order: none
        steps:
          - id: ask
            title: {zh: 填写, en: Fill in}
            kind: form
            fields:
              - {id: mobile, label: {zh: 手机号, en: Mobile}, type: phone}
              - {id: note, label: {zh: 备注, en: Note}, type: text, required: false, validators: [{length: {max: 20}}]}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """

    private static let channel = """
        channel: c
        name: {zh: 渠道, en: Channel}
        kind: partner
        flows:
          tiny: {}
        """

    private func compiled() throws -> CompiledFlow {
        let project = Project.read([
            SourceFile(path: "Flows/tiny.yaml", text: Self.flow), SourceFile(path: "Channels/c.yaml", text: Self.channel),
        ])
        return try #require(project.compile().catalog.entry(channel: "c", flow: "tiny"))
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() throws {
        let original = try #require(try compiled().flow.steps.first)
        var copy = original
        copy.fields[0].required = .never
        copy.fields[1].label = Located(synthesized: LocalizedText(zh: "说明", en: "Remark"))
        copy.back = false

        #expect(original.fields[0].required == .always)
        #expect(original.fields[1].label.value.en == "Note")
        #expect(original.back)
        #expect(copy.fields[0].required == .never && copy.fields[1].label.value.en == "Remark" && !copy.back)
        #expect(copy != original)

        copy.fields[0].required = .always
        copy.fields[1].label = original.fields[1].label
        copy.back = true
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)
    }

    @Test func stepsAndFieldsEncodeTheirPropertiesThemselves() throws {
        let step = try #require(try compiled().flow.steps.first)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(step)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "title", "kind", "back", "fields", "materials", "summary", "actions", "next"])
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(Set(fields[1].keys) == ["id", "label", "type", "required", "validators", "readOnly", "mask", "options"])
        #expect(fields[0]["mask"] as? Bool == true)

        let decoded = try JSONDecoder().decode(Step.self, from: JSONEncoder().encode(step))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(decoded) == encoder.encode(step))
    }

    @Test func stepsAndFieldsPrintTheirProperties() throws {
        let step = try #require(try compiled().flow.steps.first)
        #expect(String(describing: step).hasPrefix("Step(id: "))
        #expect(String(describing: step.fields[0]).contains("value: \"mobile\""))
    }

    /// Orders pin their definition by this hash; the value was computed before `Step` and `Field`
    /// moved their properties into a box, and must not change with how they are stored.
    @Test func theContentHashIsTheOneOfTheStoredProperties() throws {
        #expect(try compiled().contentHash == "9674420f952f3addc7f8ec5206b41a7ab711cf71e74be632e04589ad6e417d96")
    }
}

import FlowDiagnostics
@testable import FlowModel
import FlowYAML
import Testing

/// The decoders read only keys the schema declares (the schema check and `channelflow schema`
/// derive from the same tables), proved on files that use every key of the language.
@Suite struct SchemaDecoderAgreementTests {
    private static let everyKey = [
        ("Tests/FlowModelTests/Fixtures/EveryKey/Flows/every_key.yaml", FlowSchema.file),
        ("Tests/FlowModelTests/Fixtures/EveryKey/Channels/every_key.yaml", ChannelSchema.file),
    ]

    private func root(_ path: String) throws -> YAMLNode {
        try #require(try YAMLLoader().load(try Repository.source(path)).first)
    }

    /// `schema.key` for every key of every object schema met while walking `node` as `type`.
    private func presentKeys(_ node: YAMLNode, _ type: SchemaType, into keys: inout Set<String>) {
        switch type {
        case let .object(schema):
            for pair in node.mapping ?? [] {
                guard let key = pair.key.string, let property = schema.property(key) else { continue }
                keys.insert("\(schema.name).\(key)")
                presentKeys(pair.value, property.type, into: &keys)
            }
        case let .list(element):
            for item in node.sequence ?? [] { presentKeys(item, element, into: &keys) }
        case let .dictionary(value):
            for pair in node.mapping ?? [] { presentKeys(pair.value, value, into: &keys) }
        case let .either(types):
            if let match = types.first(where: { SchemaValidator().matchesKind(node, $0) }) { presentKeys(node, match, into: &keys) }
        default:
            return
        }
    }

    @Test(arguments: everyKey.indices)
    func fixtureIsValidAndUsesEveryKey(_ index: Int) throws {
        let (path, schema) = Self.everyKey[index]
        let node = try root(path)
        #expect(SchemaValidator().validate(node, as: .object(schema)).map(\.message.en) == [])
        var present: Set<String> = []
        presentKeys(node, .object(schema), into: &present)
        let declared = Set(schema.reachableObjects.flatMap { object in object.properties.map { "\(object.name).\($0.key)" } })
        #expect(declared.subtracting(present).sorted() == [], "\(path) lacks these keys")
    }

    @Test func decodersAskOnlyForDeclaredKeys() async throws {
        var sources = try Repository.shippedSources()
        sources += try Self.everyKey.map { try Repository.source($0.0) }
        let log = UndeclaredKeyLog()
        let project = UndeclaredKeyLog.$current.withValue(log) { Project.read(sources) }
        #expect(project.flows.allSatisfy { $0.model != nil } && project.channels.allSatisfy { $0.model != nil })
        #expect(log.recorded == [])
    }

    @Test func anUndeclaredKeyIsNeverReadAndIsRecorded() throws {
        let node = try root(Self.everyKey[0].0)
        let log = UndeclaredKeyLog()
        let read = UndeclaredKeyLog.$current.withValue(log) { NodeReader(node, FlowSchema.stepSchema).child("flow") }
        #expect(read == nil, "\"flow\" is in the file but not a key of a step")
        #expect(log.recorded == ["step.flow"])
    }

    @Test func anUndeclaredKeyIsNotReadWithoutALogEither() throws {
        let node = try root(Self.everyKey[0].0)
        #expect(node["flow"] != nil)
        #expect(NodeReader(node, FlowSchema.stepSchema).child("flow") == nil)
        #expect(NodeReader(node, FlowSchema.stepSchema).child("id") == nil, "declared, but not in the file")
    }

    /// The agreement test's files pass the schema check, so an undeclared key a decoder asks for is
    /// never in them: the log must hear of it all the same.
    @Test func anUndeclaredKeyAbsentFromTheFileIsRecordedWhenALogIsBound() throws {
        let node = try root(Self.everyKey[0].0)
        let log = UndeclaredKeyLog()
        let read = UndeclaredKeyLog.$current.withValue(log) { NodeReader(node, FlowSchema.stepSchema).child("no_such_key") }
        #expect(read == nil)
        #expect(log.recorded == ["step.no_such_key"])
    }
}

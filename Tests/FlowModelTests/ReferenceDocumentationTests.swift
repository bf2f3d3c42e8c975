import FlowModel
import Foundation
import Testing

/// The operator references in `Flows/README.md`, `Channels/README.md` and `Calendars/README.md` must name every key of
/// the language, every field type, step kind and built-in action, so they cannot drift from the code.
@Suite struct ReferenceDocumentationTests {
    private func text(_ relative: String) throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every property key reachable from a schema.
    private func keys(of root: ObjectSchema) -> Set<String> {
        Set(root.reachableObjects.flatMap { $0.properties.map(\.key) })
    }

    @Test func flowReferenceNamesEveryKey() throws {
        let reference = try text("Flows/README.md")
        let missing = keys(of: FlowSchema.file).filter { !reference.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "Flows/README.md does not mention: \(missing)")
    }

    @Test func channelReferenceNamesEveryKey() throws {
        let reference = try text("Channels/README.md")
        let missing = keys(of: ChannelSchema.file).filter { !reference.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "Channels/README.md does not mention: \(missing)")
    }

    @Test func calendarReferenceNamesEveryKey() throws {
        let reference = try text("Calendars/README.md")
        let missing = keys(of: CalendarSchema.file).filter { !reference.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "Calendars/README.md does not mention: \(missing)")
    }

    @Test func flowReferenceNamesEveryTypeKindAndAction() throws {
        let reference = try text("Flows/README.md")
        let words = FieldType.allCases.map(\.rawValue) + StepKind.allCases.map(\.rawValue)
            + WaitState.allCases.map(\.rawValue) + BuiltinActions.all.map(\.name)
            + BuiltinActions.all.flatMap { $0.outputs.map(\.path) }
        let missing = words.filter { !reference.contains("`\($0)`") }
        #expect(missing.isEmpty, "Flows/README.md does not mention: \(missing)")
    }
}

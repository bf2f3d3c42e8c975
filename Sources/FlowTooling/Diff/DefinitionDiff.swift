public import FlowModel

/// What changed between two compiled definitions of one (channel, flow): steps, fields, rules and prices.
public struct DefinitionDiff: Sendable {
    public let old: CompiledFlow
    public let new: CompiledFlow
    public let oldHash: String
    public let newHash: String
    /// In section order, then in the new definition's order, removed things after the rest.
    public let changes: [DefinitionChange]

    public init(old: CompiledFlow, new: CompiledFlow) {
        self.old = old
        self.new = new
        oldHash = old.contentHash
        newHash = new.contentHash
        let before = DefinitionFacets(old), after = DefinitionFacets(new)
        changes = DefinitionChange.Section.allCases.flatMap { section in
            Self.compare(before.sections[section] ?? [], after.sections[section] ?? [], section: section)
        }
    }

    /// The steps the new definition added, removed or changed.
    public var touchedSteps: Set<String> {
        Set(changes.filter { $0.section == .steps }.map(\.subject))
    }

    /// The step ids the new definition no longer has.
    public var removedSteps: Set<String> {
        Set(changes.compactMap { change in
            if change.section == .steps, case .removed = change.kind { return change.subject }
            return nil
        })
    }

    private static func compare(_ old: [(String, Facets)], _ new: [(String, Facets)], section: DefinitionChange.Section) -> [DefinitionChange] {
        let oldBySubject = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let newSubjects = Set(new.map(\.0))
        var changes: [DefinitionChange] = []
        for (subject, facets) in new {
            guard let previous = oldBySubject[subject] else {
                changes.append(DefinitionChange(section: section, subject: subject, kind: .added(facets.summary)))
                continue
            }
            let differences = differences(previous, facets)
            if !differences.isEmpty {
                changes.append(DefinitionChange(section: section, subject: subject, kind: .changed(differences)))
            }
        }
        for (subject, facets) in old where !newSubjects.contains(subject) {
            changes.append(DefinitionChange(section: section, subject: subject, kind: .removed(facets.summary)))
        }
        return changes
    }

    private static func differences(_ old: Facets, _ new: Facets) -> [DefinitionChange.Difference] {
        let oldValues = Dictionary(old.attributes, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(new.attributes, uniquingKeysWith: { first, _ in first })
        var names = new.attributes.map(\.0)
        names += old.attributes.map(\.0).filter { newValues[$0] == nil }
        return names.compactMap { name in
            oldValues[name] == newValues[name] ? nil : DefinitionChange.Difference(attribute: name, old: oldValues[name], new: newValues[name])
        }
    }
}

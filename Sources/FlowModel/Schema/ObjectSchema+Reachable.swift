extension ObjectSchema {
    /// This schema and every object schema reachable from it, each once (by name), in the order
    /// their properties are first met: what a JSON Schema's definitions or a key reference list.
    public var reachableObjects: [ObjectSchema] {
        var found: [ObjectSchema] = []
        var seen: Set<String> = []
        var work: [SchemaType] = [.object(self)]
        while let type = work.popLast() {
            switch type {
            case let .object(schema):
                guard seen.insert(schema.name).inserted else { continue }
                found.append(schema)
                work += schema.properties.reversed().map(\.type)
            case let .list(element), let .dictionary(element):
                work.append(element)
            case let .either(types):
                work += types.reversed()
            case .string, .integer, .money, .boolean, .word, .localized, .expression, .any:
                continue
            }
        }
        return found
    }
}

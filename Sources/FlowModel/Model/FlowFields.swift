/// Every field of a flow's steps in order (``Step/allFields`` of each), walked without first
/// copying them all into one array: the lint rules walk them once per flow and rule.
public struct FlowFields: Sequence {
    let steps: [Step]

    public func makeIterator() -> Iterator {
        Iterator(steps: steps)
    }

    public struct Iterator: IteratorProtocol {
        let steps: [Step]
        var nextStep = 0
        var fields: [Field] = []
        var nextField = 0

        public mutating func next() -> Field? {
            while nextField == fields.count {
                guard nextStep < steps.count else { return nil }
                fields = steps[nextStep].allFields
                nextField = 0
                nextStep += 1
            }
            nextField += 1
            return fields[nextField - 1]
        }
    }
}

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
        var fields: IndexingIterator<[Field]>?

        public mutating func next() -> Field? {
            while true {
                if let field = fields?.next() { return field }
                guard nextStep < steps.count else { return nil }
                fields = steps[nextStep].allFields.makeIterator()
                nextStep += 1
            }
        }
    }
}

import FlowDiagnostics

/// An answer of the wire contract: decoded from the service's JSON, then read into what it means.
protocol HTTPAnswer: Decodable {
    associatedtype Outcome

    /// What the answer means, or why it breaks the contract (an unknown status, a missing field).
    func outcome() throws(ContractViolation) -> Outcome
}

/// How a decoded answer breaks the wire contract.
struct ContractViolation: Error {
    var message: LocalizedMessage

    /// `field` holds `value`, which is none of `expected`.
    static func unexpected(_ field: String, _ value: String, expected: [String]) -> ContractViolation {
        let list = expected.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        return ContractViolation(message: LocalizedMessage(
            en: "\"\(field)\" is \"\(value)\"; expected one of \(list)",
            zh: "\"\(field)\" 为 \"\(value)\"；应为以下之一：\(list)"
        ))
    }

    /// `field` must be present when `condition` holds.
    static func missing(_ field: String, when condition: String) -> ContractViolation {
        ContractViolation(message: LocalizedMessage(
            en: "\"\(field)\" is missing for \(condition)", zh: "\(condition) 时缺少 \"\(field)\""
        ))
    }
}

/// Checks a person by phone (name + ID + mobile), bank card (four elements) or face.
public protocol PersonVerifier: Provider {
    func verify(_ request: PersonVerificationRequest) async throws(ProviderError) -> VerificationOutcome
}

public struct PersonVerificationRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case phone
        case bankCard = "bank_card"
        case face
    }

    public var method: Method
    public var name: String
    public var idNumber: String
    public var mobile: String?
    public var bankCard: String?

    public init(method: Method, name: String, idNumber: String, mobile: String? = nil, bankCard: String? = nil) {
        self.method = method
        self.name = name
        self.idNumber = idNumber
        self.mobile = mobile
        self.bankCard = bankCard
    }
}

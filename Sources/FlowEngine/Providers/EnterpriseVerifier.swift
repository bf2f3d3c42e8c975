/// Checks an enterprise against its legal representative's real-name data (企业认证).
public protocol EnterpriseVerifier: Provider {
    func verify(_ request: EnterpriseVerificationRequest) async throws(ProviderError) -> VerificationOutcome
}

/// The five elements the enterprise check compares.
public struct EnterpriseVerificationRequest: Sendable, Hashable {
    public var companyName: String
    public var uscc: String
    public var legalRepName: String
    public var legalRepID: String
    public var legalRepMobile: String

    public init(companyName: String, uscc: String, legalRepName: String, legalRepID: String, legalRepMobile: String) {
        self.companyName = companyName
        self.uscc = uscc
        self.legalRepName = legalRepName
        self.legalRepID = legalRepID
        self.legalRepMobile = legalRepMobile
    }
}

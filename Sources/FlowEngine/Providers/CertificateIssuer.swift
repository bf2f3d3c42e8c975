public import FlowDomain

/// The certificate authority's issuing side.
public protocol CertificateIssuer: Provider {
    func issue(_ request: CertificateRequest) async throws(ProviderError) -> IssuedCertificate
}

public struct CertificateRequest: Sendable, Hashable {
    public var orderID: String
    public var organization: String
    public var uscc: String
    public var years: Int
    public var today: CivilDate

    public init(orderID: String, organization: String, uscc: String, years: Int, today: CivilDate) {
        self.orderID = orderID
        self.organization = organization
        self.uscc = uscc
        self.years = years
        self.today = today
    }
}

public struct IssuedCertificate: Sendable, Hashable, Codable {
    public var serial: String
    public var organization: String
    public var uscc: String
    public var notBefore: String
    public var notAfter: String
    /// The certificate in DER, when the issuer produces one.
    public var der: [UInt8]

    public init(serial: String, organization: String, uscc: String, notBefore: String, notAfter: String, der: [UInt8]) {
        self.serial = serial
        self.organization = organization
        self.uscc = uscc
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.der = der
    }
}

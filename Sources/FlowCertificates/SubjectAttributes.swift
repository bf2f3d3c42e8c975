public import SwiftASN1
import X509

/// The subject of an organisation certificate: O and CN the company name, organizationIdentifier its USCC.
public enum SubjectAttributes {
    /// organizationIdentifier (X.520, 2.5.4.97).
    public static let organizationIdentifier: ASN1ObjectIdentifier = [2, 5, 4, 97]

    static func name(organization: String, uscc: String) throws -> DistinguishedName {
        DistinguishedName([
            RelativeDistinguishedName(.init(type: .RDNAttributeType.organizationName, utf8String: organization)),
            RelativeDistinguishedName(.init(type: organizationIdentifier, utf8String: uscc)),
            RelativeDistinguishedName(.init(type: .RDNAttributeType.commonName, utf8String: organization)),
        ])
    }
}

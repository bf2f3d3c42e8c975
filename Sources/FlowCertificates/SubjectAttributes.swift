public import SwiftASN1
import X509

/// The subject of an organisation certificate: O and CN the company name, organizationIdentifier its USCC.
public enum SubjectAttributes {
    /// organizationIdentifier (X.520, 2.5.4.97).
    public static let organizationIdentifier: ASN1ObjectIdentifier = [2, 5, 4, 97]

    /// The text of `value`: a UTF8, Printable or IA5 string, or a BMPString (UTF-16, as older CAs
    /// write Chinese names); nil for anything else. Not `description`, which escapes the text as
    /// in an RFC 4514 name (`Co.\, Ltd.`).
    static func text(_ value: RelativeDistinguishedName.Attribute.Value) -> String? {
        if let text = String(value) { return text }
        guard let bmp = try? ASN1BMPString(asn1Any: ASN1Any(value)), bmp.bytes.count.isMultiple(of: 2) else { return nil }
        let bytes = Array(bmp.bytes)
        let units = stride(from: 0, to: bytes.count, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(validating: units, as: UTF16.self)
    }

    static func name(organization: String, uscc: String) throws -> DistinguishedName {
        DistinguishedName([
            RelativeDistinguishedName(.init(type: .RDNAttributeType.organizationName, utf8String: organization)),
            RelativeDistinguishedName(.init(type: organizationIdentifier, utf8String: uscc)),
            RelativeDistinguishedName(.init(type: .RDNAttributeType.commonName, utf8String: organization)),
        ])
    }
}

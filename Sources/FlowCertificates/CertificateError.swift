/// A certificate could not be read or made.
public enum CertificateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are no DER X.509 certificate.
    case notACertificate(String)
    /// The subject lacks an attribute the processes need.
    case missingSubjectAttribute(String)
    /// The subject has the attribute, but its value is no text (no UTF8, Printable, IA5 or BMP string).
    case unreadableSubjectAttribute(String)
    /// The certificate could not be signed.
    case signing(String)

    public var description: String {
        switch self {
        case let .notACertificate(reason): "not an X.509 certificate (\(reason))"
        case let .missingSubjectAttribute(name): "the certificate's subject has no \(name)"
        case let .unreadableSubjectAttribute(name): "the certificate's subject has \(name), but not as text"
        case let .signing(reason): "cannot sign the certificate (\(reason))"
        }
    }
}

/// A certificate could not be read or made.
public enum CertificateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are no DER X.509 certificate.
    case notACertificate(String)
    /// The subject lacks an attribute the processes need.
    case missingSubjectAttribute(String)
    /// The certificate could not be signed.
    case signing(String)

    public var description: String {
        switch self {
        case let .notACertificate(reason): "not an X.509 certificate (\(reason))"
        case let .missingSubjectAttribute(name): "the certificate's subject has no \(name)"
        case let .signing(reason): "cannot sign the certificate (\(reason))"
        }
    }
}

/// The certificate files of the UKEY application (DF01).
public enum CertificateSlot: String, Sendable, CaseIterable {
    /// EF C000: the signing certificate, the one the processes read and renew.
    case signing
    /// EF C001: the encryption certificate.
    case encryption

    var fileID: [UInt8] {
        switch self {
        case .signing: [0xC0, 0x00]
        case .encryption: [0xC0, 0x01]
        }
    }
}

import FlowEngine
import Foundation

/// The provider the configuration picked for one role.
enum ProviderChoice: Sendable {
    case sandbox
    case http(HTTPSettings)
    case pcsc(PCSCSettings)
    case smtp(SMTPSettings)

    var kind: ProviderKind {
        switch self {
        case .sandbox: .sandbox
        case .http: .http
        case .pcsc: .pcsc
        case .smtp: .smtp
        }
    }
}

/// Which card reader the UKEY is in, and where the CA keeps the keys' administrator keys.
struct PCSCSettings: Sendable {
    /// Nil: the one reader holding a key.
    var reader: String?
    /// The sandbox CA's registry file (`SandboxKeyRegistry`).
    var administratorKeysFile: String
}

/// Where an HTTP provider's service is and how to call it.
struct HTTPSettings: Sendable {
    var endpoint: URL
    var timeoutSeconds: Int
    var secret: SecretSource?

    /// A client for the service, with its secret read now.
    func client() throws(ProviderConfigurationError) -> HTTPJSONClient {
        HTTPJSONClient(endpoint: endpoint, timeoutSeconds: timeoutSeconds, bearerToken: try secret?.resolve())
    }
}

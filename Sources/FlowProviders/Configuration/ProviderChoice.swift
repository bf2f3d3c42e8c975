import FlowEngine
import Foundation

/// The provider the configuration picked for one role.
enum ProviderChoice: Sendable {
    case sandbox
    case http(HTTPSettings)

    var kind: ProviderKind {
        switch self {
        case .sandbox: .sandbox
        case .http: .http
        }
    }
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

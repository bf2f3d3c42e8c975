import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FlowServer

@Suite("the OpenAPI document describes exactly the routes the server has")
struct OpenAPIRoutesTests {
    static func documentedOperations() throws -> Set<String> {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: OpenAPICheck.document)) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: Any]])
        return Set(paths.flatMap { path, item in item.keys.map { "\($0.uppercased()) \(path)" } })
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() throws {
        let routes = Set(APIRoutes.operations.map { operation in
            let path = operation.path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            return "\(operation.method.rawValue) /api/v1/" + path.joined(separator: "/")
        })
        #expect(routes == (try Self.documentedOperations()))
    }

    @Test func theServedDocumentIsTheShippedOne() async throws {
        let server = try TestServer()
        let shipped = try Data(contentsOf: OpenAPICheck.document)
        try await server.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(Data(response.body.readableBytesView) == shipped)
            }
        }
    }

    @Test func anUnknownAPIPathIsAProblemDocument() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/api/v1/nothing-here", method: .get, headers: server.headers("ca_outlet")) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect((response.body.json["messages"] as? [String: String])?["zh"] != nil)
            }
        }
    }
}

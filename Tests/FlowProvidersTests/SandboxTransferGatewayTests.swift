import FlowEngine
import FlowProviders
import Foundation
import Testing

struct SandboxTransferGatewayTests {
    @Test func transferIsCreditedAndItsMemoReadBackByAnotherProcess() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("transfers.jsonl")
        let outcome = try await SandboxTransferGateway(outboxFile: outbox).sendOneCent(orderID: "ord-42", memo: "7310")
        #expect(outcome == .credited)
        let reader = SandboxTransferGateway(outboxFile: outbox)
        #expect(try reader.sentCodes() == ["7310"])
        let attributes = try FileManager.default.attributesOfItem(atPath: outbox)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func memoStaysInMemoryWithoutAFile() async throws {
        let gateway = SandboxTransferGateway(outboxFile: nil)
        _ = try await gateway.sendOneCent(orderID: "ord-1", memo: "1111")
        _ = try await gateway.sendOneCent(orderID: "ord-1", memo: "2222")
        #expect(try gateway.sentCodes() == ["2222", "1111"])
        #expect(gateway.kind == .sandbox)
    }
}

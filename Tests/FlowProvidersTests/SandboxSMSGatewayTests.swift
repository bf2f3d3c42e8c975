import FlowDiagnostics
import FlowEngine
import FlowProviders
import Foundation
import Testing

struct SandboxSMSGatewayTests {
    private let number = "13812345678"
    private let clock = FixedClock(milliseconds: 1_795_568_400_000)

    @Test func codeIsReadBackFromMemory() async throws {
        let gateway = SandboxSMSGateway(outboxFile: nil)
        try await gateway.send(SMSMessage(to: number, text: "验证码 111111", purpose: "signature", code: "111111"))
        try await gateway.send(SMSMessage(to: number, text: "验证码 222222", purpose: "signature", code: "222222"))
        try await gateway.send(SMSMessage(to: number, text: "解锁码 333333", purpose: "unlock", code: "333333"))
        #expect(try gateway.sentCodes() == ["333333", "222222", "111111"])
    }

    @Test func anotherProcessReadsTheCodeFromTheOutboxFile() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("sandbox/sms.jsonl")
        try await SandboxSMSGateway(outboxFile: outbox).send(SMSMessage(to: number, text: "验证码 482913", purpose: "signature", code: "482913"))
        // A new gateway on the same file is what a second command sees.
        let reader = SandboxSMSGateway(outboxFile: outbox)
        #expect(try reader.sentCodes() == ["482913"])
    }

    @Test func outboxFileIsOwnerOnly() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("sms.jsonl")
        try await SandboxSMSGateway(outboxFile: outbox).send(SMSMessage(to: number, text: "x", purpose: "signature"))
        let attributes = try FileManager.default.attributesOfItem(atPath: outbox)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func outboxLineHoldsTheMaskedNumberAndItsHashOnly() async throws {
        let folder = try TemporaryDirectory()
        let gateway = SandboxSMSGateway(outboxFile: folder.file("sms.jsonl"), clock: clock)
        try await gateway.send(SMSMessage(
            to: number, text: "您的号码 13812345678 的验证码是 482913", purpose: "signature", code: "482913"
        ))
        let text = try folder.read("sms.jsonl")
        #expect(!text.contains(number))
        let line = try #require(text.split(separator: "\n").first)
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(fields == [
            "at": "2026-11-25T01:00:00Z",
            "to_masked": "138****5678",
            "to_hash": "38aed9048140b0e437ea81461d9ea4524169f6795004da120bcf7d41894e4d15",
            "purpose": "signature",
            "text": "您的号码 138****5678 的验证码是 482913",
            "code": "482913",
        ])
    }

    @Test func aCorruptOutboxLineIsReportedWithItsLine() async throws {
        let folder = try TemporaryDirectory()
        let outbox = try folder.write("sms.jsonl", "not json\n")
        #expect(throws: ProviderError(provider: "sandbox sms", message: .init(
            en: "\(outbox):1: not an outbox line", zh: "\(outbox):1：不是发件箱记录"
        ))) {
            try SandboxSMSGateway(outboxFile: outbox).sentCodes()
        }
    }
}

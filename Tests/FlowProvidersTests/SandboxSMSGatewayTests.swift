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

    /// A gateway reads the file once and then only what was appended since: lines another process
    /// added after its last read are still seen.
    @Test func linesAppendedByAnotherWriterAfterAReadAreSeen() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("sms.jsonl")
        let first = SandboxSMSGateway(outboxFile: outbox)
        let second = SandboxSMSGateway(outboxFile: outbox)
        try await first.send(SMSMessage(to: number, text: "验证码 111111", purpose: "signature", code: "111111"))
        #expect(try first.sentCodes() == ["111111"])
        try await second.send(SMSMessage(to: number, text: "验证码 222222", purpose: "signature", code: "222222"))
        try await first.send(SMSMessage(to: number, text: "验证码 333333", purpose: "signature", code: "333333"))
        #expect(try first.sentCodes() == ["333333", "222222", "111111"])
        #expect(try second.sentCodes() == ["333333", "222222", "111111"])
    }

    @Test func aMessageSentAgainWithItsKeyIsRecordedOnceAcrossWriters() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("sms.jsonl")
        let message = SMSMessage(to: number, text: "订单已审核通过", purpose: "notification:approved", idempotencyKey: "CF1:approved:sms:ab")
        try await SandboxSMSGateway(outboxFile: outbox).send(message)
        let other = SandboxSMSGateway(outboxFile: outbox)
        try await other.send(message)
        try await other.send(message)
        #expect(try folder.read("sms.jsonl").split(separator: "\n").count == 1)
    }

    /// A file removed between runs starts a new outbox: codes read from the old one are gone.
    @Test func aReplacedFileIsReadFromItsStart() async throws {
        let folder = try TemporaryDirectory()
        let outbox = folder.file("sms.jsonl")
        let gateway = SandboxSMSGateway(outboxFile: outbox)
        try await gateway.send(SMSMessage(to: number, text: "验证码 111111", purpose: "signature", code: "111111"))
        try await gateway.send(SMSMessage(to: number, text: "验证码 222222", purpose: "signature", code: "222222"))
        #expect(try gateway.sentCodes() == ["222222", "111111"])
        try FileManager.default.removeItem(atPath: outbox)
        #expect(try gateway.sentCodes() == [])
        try await SandboxSMSGateway(outboxFile: outbox).send(SMSMessage(to: number, text: "验证码 333333", purpose: "signature", code: "333333"))
        #expect(try gateway.sentCodes() == ["333333"])
    }

    /// A line another process is still writing (no newline yet) is read once it is complete.
    @Test func aLineWithoutItsNewlineWaitsUntilComplete() async throws {
        let folder = try TemporaryDirectory()
        let line = #"{"at":"2026-11-25T01:00:00Z","code":"444444","purpose":"signature","text":"x","to_hash":"h","to_masked":"m"}"#
        let outbox = try folder.write("sms.jsonl", line)
        let gateway = SandboxSMSGateway(outboxFile: outbox)
        #expect(try gateway.sentCodes() == [])
        let handle = try #require(FileHandle(forWritingAtPath: outbox))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(try gateway.sentCodes() == ["444444"])
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

import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowProviders
import FlowStore
import Synchronization
import Testing

@Suite("FlowEngine: order numbers")
struct OrderNumberTests {
    @Test("an order whose drawn number is taken draws again instead of failing")
    func takenNumberIsDrawnAgain() async throws {
        let suffixes = SuffixSequence(["7K3M9Q", "7K3M9Q", "7K3M9Q", "8P4N2R"])
        let test = try TestEngine(orderSuffix: suffixes.next)
        let entry = try ShippedCatalog.entry("ca_outlet", "new_certificate")
        let first = try await test.engine.start(entry)
        let second = try await test.engine.start(entry)
        #expect(first.order == "CF20261125-7K3M9Q")
        #expect(second.order == "CF20261125-8P4N2R")
        #expect(try test.engine.show(second.order).events.first?.kind == "order_started")
    }

    @Test("a number found taken is drawn again before the first step's entry actions run under it")
    func entryActionsRunOncePerOrder() async throws {
        let key = try SandboxKeyFile()
        defer { key.remove() }
        let device = CountingUKey(SandboxUKey(file: key.path))
        let test = try TestEngine(adjust: { $0.ukey = device }, orderSuffix: SuffixSequence(["7K3M9Q", "7K3M9Q", "8P4N2R"]).next)
        let entry = try ShippedCatalog.entry("ca_outlet", "revocation")
        let first = try await test.engine.start(entry)
        // The key's certificate may have one open order: the first makes way for the second.
        _ = try test.engine.cancel(first.order)
        let second = try await test.engine.start(entry)
        #expect(second.order == "CF20261125-8P4N2R")
        #expect(device.reads == 2, "the key was read for the taken number too")
    }

    @Test("when every number drawn is taken, the start fails with a message and creates nothing")
    func everyNumberTaken() async throws {
        let test = try TestEngine(orderSuffix: { "7K3M9Q" })
        let entry = try ShippedCatalog.entry("ca_outlet", "new_certificate")
        _ = try await test.engine.start(entry)
        await #expect {
            try await test.engine.start(entry)
        } throws: { error in
            guard case let EngineError.storage(message) = error else { return false }
            return message.en == "5 order numbers drawn in a row were all taken; start the order again"
                && message.zh == "连续 5 次生成的订单号均已被占用，请重新开始"
        }
        #expect(try test.store.orders(OrderFilter()).count == 1)
    }
}

/// Hands out the given suffixes in turn.
private final class SuffixSequence: Sendable {
    private let remaining: Mutex<[String]>

    init(_ suffixes: [String]) {
        remaining = Mutex(suffixes)
    }

    @Sendable func next() -> String {
        remaining.withLock { $0.removeFirst() }
    }
}

/// The sandbox key, counting how often it is read.
private final class CountingUKey: UKeyDevice {
    private let device: SandboxUKey
    private let count = Mutex(0)

    init(_ device: SandboxUKey) {
        self.device = device
    }

    var kind: ProviderKind { device.kind }
    var reads: Int { count.withLock { $0 } }

    func read() async throws(ProviderError) -> UKeyReading {
        count.withLock { $0 += 1 }
        return try await device.read()
    }

    func verifyPIN(_ pin: String) async throws(ProviderError) -> PINCheck { try await device.verifyPIN(pin) }
    func resetPIN(newPIN: String) async throws(ProviderError) { try await device.resetPIN(newPIN: newPIN) }

    func writeCertificate(_ certificate: IssuedCertificate, pin: String) async throws(ProviderError) {
        try await device.writeCertificate(certificate, pin: pin)
    }
}

import Foundation
import SmartCard
import Testing
import VirtualUKeyControl

/// The UKEY command set against the software key through a real pcscd and the vpcd reader.
@Suite struct UKeyCardTests {
    /// The key in `key`'s reader, opened. Callers close it before the key is pulled out: a handle
    /// left open on a vanished card keeps vpcd from taking the next one for a long while.
    private func open(_ key: VirtualKey) throws -> UKeyCard {
        UKeyCard(try CardContext().connect(to: key.reader))
    }

    /// `body`'s answer from the key, opened and closed around it.
    private func ask<T>(_ key: VirtualKey, _ body: (UKeyCard) throws -> T) throws -> T {
        let card = try open(key)
        defer { card.connection.disconnect() }
        return try body(card)
    }

    @Test func readsTheSerialNumber() async throws {
        try await VirtualReader.withKey(["--serial", "UKEY2026000042"]) { key, _ in
            let serial = try ask(key) { try $0.serialNumber() }
            #expect(serial == "UKEY2026000042")
        }
    }

    @Test func wrongPasswordsCountDownToBlockedAndTheRightOneThenFails() async throws {
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.passwordStatus() == .wrong(triesLeft: 3))
                #expect(try card.verify(pin: "000000") == .wrong(triesLeft: 2))
                #expect(try card.verify(pin: "000000") == .wrong(triesLeft: 1))
                #expect(try card.verify(pin: "000000") == .blocked)
                #expect(try card.verify(pin: "123456") == .blocked)
                #expect(try card.passwordStatus() == .blocked)
            }
        }
    }

    @Test func aRightPasswordRestoresTheTries() async throws {
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.verify(pin: "654321") == .wrong(triesLeft: 2))
                #expect(try card.verify(pin: "123456") == .verified)
                #expect(try card.passwordStatus() == .verified)
            }
            // A new connection resets the card: the password is no longer verified, all tries are back.
            let statusOnANewConnection = try ask(key) { try $0.passwordStatus() }
            #expect(statusOnANewConnection == .wrong(triesLeft: 3))
        }
    }

    @Test func theAdministratorKeyUnblocksAndSetsANewPassword() async throws {
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                for _ in 0..<3 { _ = try card.verify(pin: "999999") }
                #expect(try card.resetPassword(administratorKey: "87654321", newPIN: "246810") == .wrong(triesLeft: 9))
                #expect(try card.passwordStatus() == .blocked)
                #expect(try card.resetPassword(administratorKey: "12345678", newPIN: "246810") == .verified)
                #expect(try card.verify(pin: "123456") == .wrong(triesLeft: 2))
                #expect(try card.verify(pin: "246810") == .verified)
            }
        }
    }

    @Test func changesThePasswordOnlyWithTheOldOne() async throws {
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.changePassword(old: "111111", new: "7654321") == .wrong(triesLeft: 2))
                #expect(try card.changePassword(old: "123456", new: "7654321") == .verified)
            }
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.verify(pin: "123456") == .wrong(triesLeft: 2))
                #expect(try card.verify(pin: "7654321") == .verified)
            }
        }
    }

    @Test func writesAndReadsBackACertificateLongerThanOneAPDU() async throws {
        let der = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.certificate().isEmpty)
                #expect(try card.verify(pin: "123456") == .verified)
                try card.writeCertificate(der)
            }
            let written = try ask(key) { try $0.certificate() }
            #expect(written == der)
            try key.pullOut()
            try key.insert()
            let reinserted = try ask(key) { try $0.certificate() }
            #expect(reinserted == der)
        }
    }

    @Test func writingNeedsTheVerifiedPassword() async throws {
        try await VirtualReader.withKey { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(throws: UKeyCardError.refused(command: "ERASE BINARY C000", status: .securityNotSatisfied)) {
                    try card.writeCertificate([0x30, 0x00])
                }
            }
        }
    }

    @Test func theKeyPulledOutInTheMiddleOfAWriteIsAPCSCError() async throws {
        try await VirtualReader.withKey(["--pull-out-on-update", "2"]) { key, _ in
            do {
                let card = try open(key)
                defer { card.connection.disconnect() }
                #expect(try card.verify(pin: "123456") == .verified)
                let error = #expect(throws: UKeyCardError.self) { try card.writeCertificate([UInt8](repeating: 0x55, count: 600)) }
                guard case let .pcsc(failure)? = error else {
                    Issue.record("expected a PC/SC error, got \(String(describing: error))")
                    return
                }
                #expect([PCSCCode.removedCard, .noSmartcard, .resetCard, .commDataLost].contains(failure.code))
            }
            try VirtualReader.waitForCard(in: key.reader, present: false)
            #expect(key.exits(within: 10))
        }
    }

    @Test func anEmptyReaderHasNoCard() async throws {
        try await VirtualReader.exclusive {
            let context = try CardContext()
            let readers = try context.readers()
            #expect(readers == VirtualReader.readers)
            #expect(try context.state(of: VirtualReader.readers[1]).cardPresent == false)
            #expect(throws: SmartCardError(function: "SCardConnect", code: .noSmartcard)) {
                _ = try context.connect(to: VirtualReader.readers[1])
            }
            #expect(throws: SmartCardError(function: "SCardConnect", code: .unknownReader)) {
                _ = try context.connect(to: "No Such Reader 00 00")
            }
        }
    }

    @Test func aSecondKeyGoesInTheSecondReader() async throws {
        try await VirtualReader.withKey(["--serial", "UKEYFIRST00001"]) { first, folder in
            let second = VirtualKey(folder: folder.path, slot: 1, name: "second")
            try second.insert(["--serial", "UKEYSECOND0002"])
            defer { try? second.pullOut() }
            let serials = try (ask(first) { try $0.serialNumber() }, ask(second) { try $0.serialNumber() })
            #expect(serials == ("UKEYFIRST00001", "UKEYSECOND0002"))
        }
    }
}

import FlowCertificates
import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowProviders
import SmartCard
import SwiftASN1
import TestCertificateAuthority
import Testing
import VirtualUKeyControl
import X509

/// The real UKEY provider against the software key, through a real pcscd and the vpcd reader.
@Suite struct PCSCUKeyTests {
    static let token = "UKEY2026000042"
    static let puk = "87654321"
    static let readers = VirtualReader.readers

    /// A certificate from `authority` for the sample company, valid 2026-11-25 to `until`.
    private func certificate(from authority: TestAuthority, until: String = "2027-11-24") throws -> KeyCertificate {
        try authority.signer.sign(
            organization: "示例科技有限公司", uscc: "91350100M000100Y43",
            from: #require(CivilDate(iso8601: "2026-11-25")), until: #require(CivilDate(iso8601: until)))
    }

    /// The provider for `reader`, with the CA's registry of administrator keys in `folder`
    /// (serial number → PUK; by default this test's key and its PUK).
    private func provider(
        _ reader: String?, _ folder: ScratchFolder, registry: [String: String] = [token: puk]
    ) throws -> PCSCUKey {
        let text = registry.map { "\($0.key): \"\($0.value)\"\n" }.joined()
        let file = try folder.write("ukey-keys.yaml", Array(text.utf8))
        return PCSCUKey(reader: reader, administratorKeys: SandboxKeyRegistry(file: file))
    }

    /// The error `operation` throws; nil when it succeeds.
    private func failure(_ operation: () async throws -> Void) async -> ProviderError? {
        do {
            try await operation()
        } catch let error as ProviderError {
            return error
        } catch {
            Issue.record("expected a ProviderError, got \(error)")
        }
        return nil
    }

    private func pcscError(en: String, zh: String) -> ProviderError {
        ProviderError(provider: "pcsc ukey", message: LocalizedMessage(en: en, zh: zh))
    }

    /// The DER in the key's EF C000, read past the provider.
    private func storedCertificate(_ key: VirtualKey) throws -> [UInt8] {
        let card = UKeyCard(try CardContext().connect(to: key.reader))
        defer { card.connection.disconnect() }
        return try card.certificate()
    }

    // MARK: reading

    @Test func readsTheCertificateOnTheKey() async throws {
        let issued = try certificate(from: TestAuthority())
        try await VirtualReader.withKey(["--serial", Self.token], certificate: issued.der) { key, folder in
            let expected = UKeyReading(
                serial: issued.serial, organization: "示例科技有限公司", uscc: "91350100M000100Y43",
                notAfter: try #require(CivilDate(iso8601: "2027-11-24")), medium: "ukey", token: Self.token)
            #expect(try await provider(key.reader, folder).read() == expected)
            // No reader named: the only one holding a key.
            #expect(try await provider(nil, folder).read() == expected)
        }
    }

    @Test func aKeyWithoutACertificateSaysSo() async throws {
        try await VirtualReader.withKey(["--serial", Self.token]) { key, folder in
            let ukey = try provider(key.reader, folder)
            let error = await failure { _ = try await ukey.read() }
            #expect(error == pcscError(
                en: "UKEY UKEY2026000042 holds no certificate", zh: "UKEY UKEY2026000042 中没有证书"))
        }
    }

    @Test func theNamedReaderWithoutAKeySaysNoneIsInserted() async throws {
        try await VirtualReader.withKey { _, folder in
            let ukey = try provider(Self.readers[1], folder)
            let error = await failure { _ = try await ukey.read() }
            #expect(error == pcscError(en: "no UKEY inserted; insert the UKEY and try again", zh: "未插入 UKEY，请插入后重试"))
        }
    }

    @Test func noKeyInAnyReaderSaysNoneIsInserted() async throws {
        try await VirtualReader.exclusive {
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let ukey = try provider(nil, folder)
            let error = await failure { _ = try await ukey.read() }
            #expect(error == pcscError(en: "no UKEY inserted; insert the UKEY and try again", zh: "未插入 UKEY，请插入后重试"))
        }
    }

    @Test func aReaderThatIsNotConnectedIsNamedWithTheConnectedOnes() async throws {
        try await VirtualReader.withKey { _, folder in
            let ukey = try provider("Feitian R502 00 00", folder)
            let error = await failure { _ = try await ukey.read() }
            #expect(error == pcscError(
                en: "card reader \"Feitian R502 00 00\" is not connected; connected: Virtual PCD 00 00, Virtual PCD 00 01",
                zh: "读卡器“Feitian R502 00 00”未连接；已连接：Virtual PCD 00 00、Virtual PCD 00 01"))
        }
    }

    @Test func twoKeysAndNoReaderNamedIsRefusedNamingBothReaders() async throws {
        try await VirtualReader.withKey(["--serial", "UKEYFIRST00001"]) { _, folder in
            let second = VirtualKey(folder: folder.path, slot: 1, name: "second")
            try second.insert(["--serial", "UKEYSECOND0002"])
            defer { try? second.pullOut() }
            let unnamed = try provider(nil, folder)
            let error = await failure { _ = try await unnamed.verifyPIN("123456") }
            #expect(error == pcscError(
                en: "UKEYs are inserted in 2 readers (Virtual PCD 00 00, Virtual PCD 00 01); leave one in, or name the reader",
                zh: "2 个读卡器中都插有 UKEY（Virtual PCD 00 00、Virtual PCD 00 01），请只保留一个，或指定读卡器"))
            // Naming a reader settles it.
            let named = try provider(Self.readers[1], folder)
            let holdsNoCertificate = await failure { _ = try await named.read() }
            #expect(holdsNoCertificate?.message.en == "UKEY UKEYSECOND0002 holds no certificate")
        }
    }

    // MARK: passwords

    @Test func wrongPasswordsCountDownToBlocked() async throws {
        try await VirtualReader.withKey { key, folder in
            let ukey = try provider(key.reader, folder)
            #expect(try await ukey.verifyPIN("000000") == .wrong(triesLeft: 2))
            #expect(try await ukey.verifyPIN("000000") == .wrong(triesLeft: 1))
            #expect(try await ukey.verifyPIN("000000") == .blocked)
            #expect(try await ukey.verifyPIN("123456") == .blocked)
        }
    }

    /// Regression: a password over 65,535 bytes (an answers file can hold one) stopped the
    /// process on an APDU precondition; one over 255 went out as an extended APDU.
    @Test(arguments: [256, 70_000])
    func aPasswordLongerThanAShortAPDUIsRefusedWithoutUsingATry(length: Int) async throws {
        try await VirtualReader.withKey { key, folder in
            let ukey = try provider(key.reader, folder)
            let error = await failure { _ = try await ukey.verifyPIN(String(repeating: "1", count: length)) }
            #expect(error == pcscError(
                en: "the password is longer than a UKEY takes (255 bytes)", zh: "密码过长，UKEY 最多接受 255 字节"))
            #expect(try await ukey.verifyPIN("000000") == .wrong(triesLeft: 2))
        }
    }

    @Test func resetWithTheCAsAdministratorKeySetsTheNewPassword() async throws {
        try await VirtualReader.withKey(["--serial", Self.token, "--puk", Self.puk]) { key, folder in
            let ukey = try provider(key.reader, folder)
            for _ in 0..<3 { _ = try await ukey.verifyPIN("000000") }
            #expect(try await ukey.verifyPIN("123456") == .blocked)
            try await ukey.resetPIN(newPIN: "246810")
            #expect(try await ukey.verifyPIN("246810") == .verified)
            #expect(try await ukey.verifyPIN("123456") == .wrong(triesLeft: 2))
        }
    }

    @Test func resetWithoutTheKeyInTheRegistryIsRefused() async throws {
        try await VirtualReader.withKey(["--serial", Self.token, "--puk", Self.puk]) { key, folder in
            let ukey = try provider(key.reader, folder, registry: ["UKEY2026000099": Self.puk])
            let error = await failure { try await ukey.resetPIN(newPIN: "246810") }
            #expect(error == ProviderError(provider: "sandbox key registry", message: LocalizedMessage(
                en: "the CA holds no administrator key for UKEY UKEY2026000042; it cannot be unlocked here",
                zh: "CA 没有 UKEY UKEY2026000042 的管理员密钥，无法在此解锁")))
            #expect(try await ukey.verifyPIN("123456") == .verified)
        }
    }

    @Test func aWrongAdministratorKeyInTheRegistryIsRefusedWithTheTriesLeft() async throws {
        try await VirtualReader.withKey(["--serial", Self.token, "--puk", Self.puk]) { key, folder in
            let ukey = try provider(key.reader, folder, registry: [Self.token: "11111111"])
            let error = await failure { try await ukey.resetPIN(newPIN: "246810") }
            #expect(error == pcscError(
                en: "UKEY UKEY2026000042 refused the CA's administrator key (9 tries left); contact the CA",
                zh: "UKEY UKEY2026000042 拒绝了 CA 的管理员密钥（还剩 9 次），请联系 CA"))
            #expect(try await ukey.verifyPIN("246810") == .wrong(triesLeft: 2))
        }
    }

    // MARK: writing

    @Test func aWrongPasswordWritesNothing() async throws {
        let authority = try TestAuthority()
        let (old, new) = try (certificate(from: authority), certificate(from: authority, until: "2028-11-24"))
        try await VirtualReader.withKey(["--serial", Self.token], certificate: old.der) { key, folder in
            let ukey = try provider(key.reader, folder)
            let error = await failure { try await ukey.writeCertificate(IssuedCertificate(new), pin: "000000") }
            #expect(error == pcscError(
                en: "wrong certificate password; 2 tries left before the key locks", zh: "证书密码错误，还可尝试 2 次，之后 UKEY 将被锁定"))
            #expect(try await ukey.read().serial == old.serial)
            #expect(try storedCertificate(key) == old.der)
        }
    }

    @Test func theRightPasswordWritesTheNewCertificate() async throws {
        let authority = try TestAuthority()
        let (old, new) = try (certificate(from: authority), certificate(from: authority, until: "2028-11-24"))
        try await VirtualReader.withKey(["--serial", Self.token], certificate: old.der) { key, folder in
            let ukey = try provider(key.reader, folder)
            try await ukey.writeCertificate(IssuedCertificate(new), pin: "123456")
            let reading = try await ukey.read()
            #expect(reading.serial == new.serial)
            #expect(reading.notAfter == (try #require(CivilDate(iso8601: "2028-11-24"))))
            let stored = try storedCertificate(key)
            #expect(stored == new.der)
            #expect(try KeyCertificate(der: stored).isIssued(by: authority.der))
        }
    }

    /// Regression: an issued certificate without DER erased the key's certificate and reported success.
    @Test func anIssuedCertificateWithoutDERIsNotWritten() async throws {
        let old = try certificate(from: TestAuthority())
        var empty = IssuedCertificate(old)
        empty.der = []
        let error = try await refusedWrite(of: empty, onAKeyHolding: old)
        #expect(error?.message.en.hasPrefix("the issued certificate cannot be written to the UKEY: not an X.509 certificate (") == true)
        #expect(error?.message.en.hasSuffix("); the key was not changed") == true)
        #expect(error?.message.zh.hasPrefix("签发的证书无法写入 UKEY：not an X.509 certificate (") == true)
    }

    @Test func aCertificateTheProcessesCannotReadIsNotWritten() async throws {
        let authority = try TestAuthority()
        let old = try certificate(from: authority)
        var unreadable = IssuedCertificate(old)
        unreadable.der = try authority.certificate(subject: TestAuthority.subject([(.RDNAttributeType.organizationName, "示例科技有限公司")]))
        let error = try await refusedWrite(of: unreadable, onAKeyHolding: old)
        #expect(error == pcscError(
            en: "the issued certificate cannot be written to the UKEY: the certificate's subject has no organizationIdentifier (2.5.4.97); the key was not changed",
            zh: "签发的证书无法写入 UKEY：the certificate's subject has no organizationIdentifier (2.5.4.97)；UKEY 未作改动"))
    }

    /// The error writing `certificate` with the right password gives, checking the key kept `old`.
    private func refusedWrite(of certificate: IssuedCertificate, onAKeyHolding old: KeyCertificate) async throws -> ProviderError? {
        try await VirtualReader.withKey(["--serial", Self.token], certificate: old.der) { key, folder in
            let ukey = try provider(key.reader, folder)
            let error = await failure { try await ukey.writeCertificate(certificate, pin: "123456") }
            #expect(try storedCertificate(key) == old.der)
            return error
        }
    }

    @Test func aKeyPulledOutDuringTheWriteSaysSoAndTheRetryAfterReinsertingWrites() async throws {
        let authority = try TestAuthority()
        let (old, new) = try (certificate(from: authority), certificate(from: authority, until: "2028-11-24"))
        // More than one UPDATE BINARY of 240 bytes, so the key goes in the middle of the certificate.
        #expect(new.der.count > 240)
        try await VirtualReader.withKey(["--serial", Self.token, "--pull-out-on-update", "2"], certificate: old.der) { key, folder in
            let ukey = try provider(key.reader, folder)
            let error = await failure { try await ukey.writeCertificate(IssuedCertificate(new), pin: "123456") }
            #expect(error == pcscError(
                en: "the UKEY was pulled out or stopped answering during the operation; insert it and try again",
                zh: "操作过程中 UKEY 被拔出或无响应，请重新插入后重试"))
            try key.pullOut()
            try key.insert()
            try await ukey.writeCertificate(IssuedCertificate(new), pin: "123456")
            #expect(try await ukey.read().serial == new.serial)
            #expect(try storedCertificate(key) == new.der)
        }
    }
}

extension IssuedCertificate {
    /// What an issuer hands over for `certificate`.
    init(_ certificate: KeyCertificate) {
        self.init(
            serial: certificate.serial, organization: certificate.organization, uscc: certificate.uscc,
            notBefore: certificate.notBefore.description, notAfter: certificate.notAfter.description, der: certificate.der)
    }
}

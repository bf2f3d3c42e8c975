import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowProviders
import Testing

struct SandboxUKeyTests {
    private static let key = """
        # a key for the renewal demo
        serial: 5A3C0F
        organization: 示例科技有限公司
        uscc: 91350100M000100Y43
        not-after: 2026-12-31
        medium: cloud
        pin: 123456

        """

    /// A folder holding `ukey.yaml`; the folder goes away with the returned object.
    private func keyFolder(_ text: String = key) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("ukey.yaml", text)
        return folder
    }

    @Test func readTellsTheCertificateOnTheKey() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        let reading = try await SandboxUKey(file: file).read()
        #expect(reading == UKeyReading(
            serial: "5A3C0F", organization: "示例科技有限公司", uscc: "91350100M000100Y43",
            notAfter: try #require(CivilDate(year: 2026, month: 12, day: 31)), medium: "cloud"
        ))
    }

    @Test func wrongPINCountsDownThenBlocks() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        let key = SandboxUKey(file: file)
        for left in (1...5).reversed() {
            #expect(try await key.verifyPIN("000000") == .wrong(triesLeft: left))
        }
        #expect(try await key.verifyPIN("000000") == .blocked)
        #expect(try await key.verifyPIN("123456") == .blocked)
    }

    @Test func rightPINRestoresTheTries() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        let key = SandboxUKey(file: file)
        #expect(try await key.verifyPIN("1") == .wrong(triesLeft: 5))
        #expect(try await key.verifyPIN("123456") == .verified)
        #expect(try await key.verifyPIN("1") == .wrong(triesLeft: 5))
    }

    @Test func resetUnblocksWithTheNewPIN() async throws {
        let folder = try keyFolder(Self.key + "tries-left: 0\n")
        let file = folder.file("ukey.yaml")
        let key = SandboxUKey(file: file)
        #expect(try await key.verifyPIN("123456") == .blocked)
        try await key.resetPIN(newPIN: "654321")
        #expect(try await key.verifyPIN("123456") == .wrong(triesLeft: 5))
        #expect(try await key.verifyPIN("654321") == .verified)
    }

    @Test func stateIsPersistedForAnotherProcess() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        _ = try await SandboxUKey(file: file).verifyPIN("000000")
        _ = try await SandboxUKey(file: file).verifyPIN("000000")
        #expect(try await SandboxUKey(file: file).verifyPIN("000000") == .wrong(triesLeft: 3))
        #expect(try folder.read("ukey.yaml").contains("tries-left: 3\n"))
    }

    /// A certificate of serial 00FF11 for `organization`, valid 2026-11-25 to 2027-11-25.
    private static func certificate(organization: String) -> IssuedCertificate {
        IssuedCertificate(
            serial: "00FF11", organization: organization, uscc: "91350100M000100Y43",
            notBefore: "2026-11-25", notAfter: "2027-11-25", der: []
        )
    }

    @Test func writtenCertificateReplacesTheOldOne() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        let certificate = Self.certificate(organization: "新名称 \"引号\" 有限公司")
        try await SandboxUKey(file: file).writeCertificate(certificate, pin: "123456")
        let reading = try await SandboxUKey(file: file).read()
        #expect(reading.serial == "00FF11")
        #expect(reading.organization == "新名称 \"引号\" 有限公司")
        #expect(reading.notAfter == CivilDate(year: 2027, month: 11, day: 25))
        #expect(try folder.read("ukey.yaml").contains("not-before: \"2026-11-25\"\n"))
        #expect(try await SandboxUKey(file: file).verifyPIN("123456") == .verified)
    }

    @Test func writingNeedsThePasswordAndAWrongOneUsesATry() async throws {
        let folder = try keyFolder()
        let file = folder.file("ukey.yaml")
        let certificate = Self.certificate(organization: "新名称有限公司")
        let error = await #expect(throws: ProviderError.self) {
            try await SandboxUKey(file: file).writeCertificate(certificate, pin: "999999")
        }
        #expect(error?.message.en == "wrong certificate password; 5 tries left before the key locks")
        #expect(try await SandboxUKey(file: file).read().serial != "00FF11")
    }

    @Test func missingFileIsAnEmptyReader() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("none.yaml")
        let error = await #expect(throws: ProviderError.self) { try await SandboxUKey(file: file).read() }
        #expect(error?.provider == "sandbox ukey")
        #expect(error?.message.en == "no UKEY inserted (cannot read \(file): No such file or directory)")
        #expect(error?.message.zh == "未插入 UKEY（无法读取 \(file)：文件不存在）")
    }

    @Test func notInsertedIsAnEmptyReader() async throws {
        let folder = try keyFolder("inserted: false\n")
        let file = folder.file("ukey.yaml")
        let error = await #expect(throws: ProviderError.self) { try await SandboxUKey(file: file).verifyPIN("123456") }
        #expect(error?.message == LocalizedMessage(
            en: "no UKEY inserted (\(file) says inserted: false)", zh: "未插入 UKEY（\(file) 中写明 inserted: false）"
        ))
    }

    @Test(arguments: [
        ("not-after", "2026/12/31", "5:12", "\"not-after\" must be a date written YYYY-MM-DD, not \"2026/12/31\""),
        ("medium", "usb", "6:9", "unknown medium \"usb\"; expected one of \"cloud\", \"ukey\""),
        ("pin", "", "7:5", "\"pin\" must be a string, not a null"),
        ("tries-left", "9", "8:13", "\"tries-left\" must be an integer from 0 to 6"),
        ("colour", "red", "8:1", "unknown key \"colour\"; expected one of \"inserted\", \"medium\", \"not-after\", \"not-before\", \"organization\", \"pin\", \"serial\", \"tries-left\", \"uscc\""),
    ])
    func badFieldIsReportedWithItsPosition(field: String, value: String, position: String, message: String) async throws {
        let folder = try keyFolder(Self.key.setting(field, to: value))
        let file = folder.file("ukey.yaml")
        let error = await #expect(throws: ProviderError.self) { try await SandboxUKey(file: file).read() }
        #expect(error?.message.en == "\(file):\(position): \(message)")
    }

    @Test func missingFieldIsReported() async throws {
        let folder = try keyFolder("inserted: true\nserial: 5A3C0F\n")
        let file = folder.file("ukey.yaml")
        let error = await #expect(throws: ProviderError.self) { try await SandboxUKey(file: file).read() }
        #expect(error?.message.en == "\(file):1:1: missing key \"not-after\"")
    }

    @Test func yamlSyntaxErrorIsReportedWithItsPosition() async throws {
        let folder = try keyFolder("serial: [5A3C0F\n")
        let file = folder.file("ukey.yaml")
        let error = await #expect(throws: ProviderError.self) { try await SandboxUKey(file: file).read() }
        #expect(error?.message.en.hasPrefix("\(file):2:1: ") == true)
    }
}

extension String {
    /// The key text with `field`'s line set to `value`, or the field added as a last line.
    fileprivate func setting(_ field: String, to value: String) -> String {
        let line = value.isEmpty ? "\(field):" : "\(field): \(value)"
        let lines = split(separator: "\n").map(String.init)
        guard lines.contains(where: { $0.hasPrefix("\(field):") }) else { return self + line + "\n" }
        return lines.map { $0.hasPrefix("\(field):") ? line : $0 }.joined(separator: "\n") + "\n"
    }
}

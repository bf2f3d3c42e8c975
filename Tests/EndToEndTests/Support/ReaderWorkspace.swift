import FlowCertificates
import FlowDomain
import Foundation
import VirtualUKeyControl

/// An order workspace whose UKEY is a software key in the vpcd reader (the real PC/SC stack), with
/// a `channelflow.yaml` that picks `provider: pcsc` for it and keeps the sandbox CA in the folder.
///
/// The key holds a certificate of the sample company that expires on 2027-01-31, inside the
/// renewal window at `OrderWorkspace.now`, signed by a CA of the test's own (not the sandbox CA,
/// so a renewed certificate is told apart by its issuer too).
struct ReaderWorkspace {
    static let organization = "北京示例科技有限公司"
    static let uscc = "91110000600037341L"
    static let token = "UKEY2026000042"
    static let administratorKey = "87654321"

    let orders: OrderWorkspace
    let key: VirtualKey
    let original: KeyCertificate
    var config: String { orders.directory.path + "/channelflow.yaml" }
    var sandboxCA: String { orders.directory.path + "/sandbox/sandbox-ca.pem" }

    /// The workspace with its key inserted; `cardOptions` go to `virtual-ukey` on this first insert.
    init(cardOptions: [String] = []) throws {
        orders = try OrderWorkspace()
        let authority = try CertificateSigner.newAuthority(organization: "Test CA", commonName: "ChannelFlow reader tests")
        original = try authority.sign(
            organization: Self.organization, uscc: Self.uscc,
            from: CivilDate(year: 2024, month: 1, day: 31)!, until: CivilDate(year: 2027, month: 1, day: 31)!)
        let der = try orders.directory.write(original.der, to: "original.der")
        try orders.write("\(Self.token): \"\(Self.administratorKey)\"\n", to: "ukey-keys.yaml")
        try orders.write("""
            providers:
              default:
                ukey: {provider: pcsc, reader: "\(VirtualReader.readers[0])", administrator-keys: ukey-keys.yaml}
            sandbox:
              outbox-dir: sandbox
            """, to: "channelflow.yaml")
        key = VirtualKey(folder: orders.directory.path)
        try key.insert(["--serial", Self.token, "--puk", Self.administratorKey, "--certificate", der] + cardOptions)
    }

    func remove() {
        try? key.pullOut()
        orders.remove()
    }

    /// `channelflow ukey ARGUMENTS --lang LANGUAGE` in the folder, with `stdin` (passwords) piped in.
    func ukey(
        _ arguments: [String], stdin: String? = nil, language: String = "en", environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var merged = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
        merged.merge(environment) { _, new in new }
        return try await orders.binary.run(
            ["ukey"] + arguments + ["--lang", language], stdin: stdin.map { .bytes(Array($0.utf8)) } ?? .none,
            environment: merged, currentDirectory: orders.directory.path)
    }

    /// The certificate on the key now, read through `channelflow ukey read-cert --pem`.
    func certificateOnTheKey() async throws -> KeyCertificate {
        let run = try await ukey(["read-cert", "--pem"])
        guard run.exitStatus == 0 else { throw VirtualReader.Unavailable(description: "read-cert failed: \(run.stderrText)") }
        return try KeyCertificate(pem: run.stdoutText)
    }
}

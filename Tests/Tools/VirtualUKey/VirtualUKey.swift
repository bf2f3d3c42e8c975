import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A software UKEY for tests: it plugs into pcscd's vpcd reader over TCP and answers the UKEY
/// command set, keeping its state in a JSON file. Stopping it (SIGTERM) pulls the key out;
/// starting it again on the same state file plugs the same key back in.
@main
struct VirtualUKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "virtual-ukey",
        abstract: "A software UKEY for pcscd's vpcd virtual reader (tests only). 测试用软件 UKEY。"
    )

    @Option(help: "The card's state file (JSON); created when missing.")
    var state: String

    @Flag(help: "Start from a fresh card even when the state file exists.")
    var resetState = false

    @Option(help: "The key's serial number (fresh card only).")
    var serial = "UKEY0000000001"

    @Option(help: "The password (fresh card only).")
    var pin = "123456"

    @Option(help: "The administrator key, PUK (fresh card only).")
    var puk = "12345678"

    @Option(help: "Password tries before it blocks (fresh card only).")
    var pinTries = 3

    @Option(help: "A DER certificate for EF C000 (fresh card only).")
    var certificate: String?

    @Option(help: "vpcd's address.")
    var host = "127.0.0.1"

    @Option(help: "vpcd's port: 35963 is reader 'Virtual PCD 00 00', 35964 is '… 00 01'.")
    var port: UInt16 = 35963

    @Option(help: "Seconds to keep trying to reach vpcd.")
    var connectTimeout = 15.0

    @Option(help: "Pull the key out (disconnect and exit) on the N-th UPDATE BINARY, unanswered.")
    var pullOutOnUpdate: Int?

    func run() throws {
        // A test runner's threads block signals, and a spawned child inherits that mask; SIGTERM
        // must reach the card, since that is how a test pulls the key out.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        let exists = FileManager.default.fileExists(atPath: state)
        let freshOptions = certificate != nil || serial != "UKEY0000000001" || pin != "123456" || puk != "12345678" || pinTries != 3
        if exists && !resetState && freshOptions {
            throw ValidationError("\(state) exists: card options would be ignored; pass --reset-state for a fresh card")
        }
        let image: CardImage
        if exists && !resetState {
            image = try CardImage.load(state)
        } else {
            let der = try certificate.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? Data()
            image = CardImage.fresh(serial: serial, pin: pin, puk: puk, pinTries: pinTries, certificate: der)
            try image.save(state)
        }
        var session = CardSession(image: image, statePath: state)
        let link = try ReaderLink(host: host, port: port, timeout: connectTimeout)
        defer { link.close() }
        Self.say("connected to vpcd at \(host):\(port), serial \(session.image.serial)")
        var updates = 0
        while let payload = try link.receive() {
            if payload.count == 1 {
                switch payload[0] {
                case 0x00, 0x01, 0x02: session.reset()
                case 0x04: try link.send(Self.answerToReset)
                // vpcd frames a 1-byte APDU like a control code; staying silent would wedge the reader.
                default: try link.send([0x67, 0x00])
                }
                continue
            }
            if payload.count >= 2, payload[1] == 0xD6 {
                updates += 1
                if updates == pullOutOnUpdate {
                    Self.say("pulled out on UPDATE BINARY \(updates), as asked")
                    return
                }
            }
            try link.send(session.answer(payload))
        }
        Self.say("vpcd closed the connection")
    }

    /// One line on standard error: the tests show it when a card misbehaves.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("virtual-ukey: \(line)\n".utf8))
    }

    /// T=1, as the reference card answers.
    static let answerToReset: [UInt8] = [0x3B, 0x95, 0x13, 0x81, 0x01, 0x80, 0x73, 0xFF, 0x01, 0x40, 0x4B]
}

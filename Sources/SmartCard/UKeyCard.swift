/// The UKEY's command set over an open card: its serial number (EF 2F02 under the MF), the
/// application DF01 (AID `D1 56 00 00 01 55 4B 45 59`) with the certificate files, the password
/// (reference 01) and the administrator key (PUK, reference 02). Passwords are raw ASCII bytes.
public struct UKeyCard {
    public static let applicationID: [UInt8] = [0xD1, 0x56, 0x00, 0x00, 0x01, 0x55, 0x4B, 0x45, 0x59]
    static let serialFile: [UInt8] = [0x2F, 0x02]
    /// Bytes per READ/UPDATE BINARY: short APDUs work with every reader.
    static let chunk = 240
    /// Passwords go in one short APDU too.
    public static let maximumPasswordBytes = 255

    public let connection: CardConnection

    public init(_ connection: CardConnection) {
        self.connection = connection
    }

    /// The key's own serial number (not its certificate's).
    public func serialNumber() throws(UKeyCardError) -> String {
        let control = try send("SELECT 2F02", CommandAPDU(ins: 0xA4, p1: 0x08, p2: 0x04, data: Self.serialFile, expected: 256))
        let bytes = try readSelectedFile(size: FileControl(control.data)?.size, name: "2F02")
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x21..<0x7F).contains($0) }) else {
            throw .malformed("the key's serial number is not printable ASCII")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The certificate in `slot`, DER; empty when the file is empty.
    public func certificate(_ slot: CertificateSlot = .signing) throws(UKeyCardError) -> [UInt8] {
        try selectApplication()
        let control = try send("SELECT \(slot.fileID.hex)", CommandAPDU(ins: 0xA4, p1: 0x02, p2: 0x04, data: slot.fileID, expected: 256))
        return try readSelectedFile(size: FileControl(control.data)?.size, name: slot.fileID.hex)
    }

    /// Replaces the certificate in `slot`. The password must have been verified on this connection.
    public func writeCertificate(_ der: [UInt8], to slot: CertificateSlot = .signing) throws(UKeyCardError) {
        try selectApplication()
        _ = try send("SELECT \(slot.fileID.hex)", CommandAPDU(ins: 0xA4, p1: 0x02, p2: 0x0C, data: slot.fileID))
        _ = try send("ERASE BINARY \(slot.fileID.hex)", CommandAPDU(ins: 0x0E, p1: 0x00, p2: 0x00))
        var offset = 0
        while offset < der.count {
            let end = min(offset + Self.chunk, der.count)
            _ = try send("UPDATE BINARY \(slot.fileID.hex)", CommandAPDU(
                ins: 0xD6, p1: UInt8(offset >> 8), p2: UInt8(offset & 0xFF), data: Array(der[offset..<end])))
            offset = end
        }
    }

    /// The password's state without using a try.
    public func passwordStatus() throws(UKeyCardError) -> PasswordCheck {
        try selectApplication()
        return try check("VERIFY (status)", CommandAPDU(ins: 0x20, p1: 0x00, p2: 0x01))
    }

    /// Checks `pin`; a wrong one uses up a try.
    public func verify(pin: String) throws(UKeyCardError) -> PasswordCheck {
        let data = try password(pin)
        try selectApplication()
        return try check("VERIFY", CommandAPDU(ins: 0x20, p1: 0x00, p2: 0x01, data: data))
    }

    /// Sets `new` after checking `old`; returns the check of `old` (nothing changes unless verified).
    public func changePassword(old: String, new: String) throws(UKeyCardError) -> PasswordCheck {
        let data = try password(new)
        let checked = try verify(pin: old)
        guard checked == .verified else { return checked }
        _ = try send("CHANGE REFERENCE DATA", CommandAPDU(ins: 0x24, p1: 0x01, p2: 0x01, data: data))
        return .verified
    }

    /// Unblocks the password with the administrator key and sets `newPIN`; returns the check of
    /// the administrator key.
    public func resetPassword(administratorKey: String, newPIN: String) throws(UKeyCardError) -> PasswordCheck {
        let data = try password(administratorKey + newPIN)
        try selectApplication()
        return try check("RESET RETRY COUNTER", CommandAPDU(ins: 0x2C, p1: 0x00, p2: 0x01, data: data))
    }

    /// `text`'s bytes, when they fit in one short APDU.
    private func password(_ text: String) throws(UKeyCardError) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maximumPasswordBytes else { throw .passwordTooLong }
        return bytes
    }

    private func selectApplication() throws(UKeyCardError) {
        _ = try send("SELECT DF01", CommandAPDU(ins: 0xA4, p1: 0x04, p2: 0x0C, data: Self.applicationID))
    }

    /// Reads the selected file whole: `size` bytes when the card said, otherwise until it ends.
    private func readSelectedFile(size: Int?, name: String) throws(UKeyCardError) -> [UInt8] {
        var bytes: [UInt8] = []
        while size.map({ bytes.count < $0 }) ?? true {
            guard bytes.count <= 0x7FFF else { throw .malformed("file \(name) is longer than 32,767 bytes") }
            let want = min(Self.chunk, (size ?? Int.max) - bytes.count)
            let response = try transmit(CommandAPDU(
                ins: 0xB0, p1: UInt8(bytes.count >> 8), p2: UInt8(bytes.count & 0xFF), expected: want))
            switch response.status {
            case .success, .endOfFile:
                bytes += response.data
                if response.data.count < want { return bytes }
            case .wrongParameters where size == nil:
                return bytes
            default:
                throw .refused(command: "READ BINARY \(name)", status: response.status)
            }
        }
        return bytes
    }

    private func check(_ name: String, _ command: CommandAPDU?) throws(UKeyCardError) -> PasswordCheck {
        let response = try transmit(command)
        if response.status == .success { return .verified }
        if response.status == .authenticationBlocked { return .blocked }
        if let left = response.status.triesLeft { return left == 0 ? .blocked : .wrong(triesLeft: left) }
        throw .refused(command: name, status: response.status)
    }

    private func send(_ name: String, _ command: CommandAPDU?) throws(UKeyCardError) -> ResponseAPDU {
        let response = try transmit(command)
        guard response.status == .success else { throw .refused(command: name, status: response.status) }
        return response
    }

    private func transmit(_ command: CommandAPDU?) throws(UKeyCardError) -> ResponseAPDU {
        guard let command else { throw .malformed("a command longer than an APDU carries") }
        do { return try connection.transmit(command) } catch { throw .pcsc(error) }
    }
}

extension [UInt8] {
    var hex: String {
        map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }
}

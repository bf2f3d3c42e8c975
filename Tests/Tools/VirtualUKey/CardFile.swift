/// The card's file tree: MF 3F00 holds EF 2F02 (the serial) and DF DF01 (the UKEY application),
/// which holds the certificate files C000 and C001 and the private file C200.
enum CardFile: Equatable {
    case master
    case application
    case elementary(ElementaryFile)

    struct ElementaryFile: Equatable {
        let id: String
        let parentIsMaster: Bool
        let shortID: UInt8
        let readNeedsPIN: Bool
        let writable: Bool
    }

    static let serial = ElementaryFile(id: "2F02", parentIsMaster: true, shortID: 2, readNeedsPIN: false, writable: false)
    static let applicationFiles = [
        ElementaryFile(id: "C000", parentIsMaster: false, shortID: 1, readNeedsPIN: false, writable: true),
        ElementaryFile(id: "C001", parentIsMaster: false, shortID: 2, readNeedsPIN: false, writable: true),
        ElementaryFile(id: "C200", parentIsMaster: false, shortID: 3, readNeedsPIN: true, writable: true),
    ]
    static let applicationName: [UInt8] = [0xD1, 0x56, 0x00, 0x00, 0x01, 0x55, 0x4B, 0x45, 0x59]

    /// The child of `directory` with file id `id`.
    static func child(of directory: CardFile, id: String) -> CardFile? {
        switch directory {
        case .master:
            if id == "DF01" { return .application }
            if id == serial.id { return .elementary(serial) }
        case .application:
            if let file = applicationFiles.first(where: { $0.id == id }) { return .elementary(file) }
        case .elementary:
            return nil
        }
        return nil
    }

    /// The elementary file of `directory` with short file id `shortID`.
    static func child(of directory: CardFile, shortID: UInt8) -> ElementaryFile? {
        switch directory {
        case .master: shortID == serial.shortID ? serial : nil
        case .application: applicationFiles.first { $0.shortID == shortID }
        case .elementary: nil
        }
    }
}

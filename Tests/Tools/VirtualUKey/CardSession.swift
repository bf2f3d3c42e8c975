import Foundation

/// The card's operating system: answers each APDU from the image and saves the image whenever it
/// changes. Which file is selected and which secrets are verified last until power-off or reset.
struct CardSession {
    private(set) var image: CardImage
    private let statePath: String
    private var directory = CardFile.master
    private var current: CardFile.ElementaryFile?
    private var pinVerified = false

    init(image: CardImage, statePath: String) {
        self.image = image
        self.statePath = statePath
    }

    /// Power off, power on or reset: back to the MF, nothing verified.
    mutating func reset() {
        directory = .master
        current = nil
        pinVerified = false
    }

    mutating func answer(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let command = Command(bytes) else { return Self.status(0x6700) }
        guard command.cla == 0x00 else { return Self.status(0x6E00) }
        let before = image
        let response: [UInt8]
        switch command.ins {
        case 0xA4: response = select(command)
        case 0xB0: response = readBinary(command)
        case 0xD6: response = updateBinary(command)
        case 0x0E: response = eraseBinary(command)
        case 0x20: response = verify(command)
        case 0x24: response = changeReferenceData(command)
        case 0x2C: response = resetRetryCounter(command)
        case 0x84: response = (0..<(command.expected ?? 8)).map { _ in UInt8.random(in: 0...255) } + Self.status(0x9000)
        default: response = Self.status(0x6D00)
        }
        if image != before { try image.save(statePath) }
        return response
    }

    private mutating func select(_ command: Command) -> [UInt8] {
        let ids = stride(from: 0, to: command.data.count - 1, by: 2).map {
            String(format: "%02X%02X", command.data[$0], command.data[$0 + 1])
        }
        var target: CardFile?
        switch command.p1 {
        case 0x00:
            target = ids == ["3F00"] || command.data.isEmpty ? .master : ids.count == 1 ? CardFile.child(of: directory, id: ids[0]) : nil
        case 0x01, 0x02:
            target = ids.count == 1 ? CardFile.child(of: directory, id: ids[0]) : nil
        case 0x04:
            target = command.data == CardFile.applicationName ? .application : nil
        case 0x08, 0x09:
            var walk: CardFile? = command.p1 == 0x08 ? .master : directory
            for id in ids where id != "3F00" { walk = walk.flatMap { CardFile.child(of: $0, id: id) } }
            target = ids.isEmpty ? nil : walk
        default:
            return Self.status(0x6A86)
        }
        guard let target else { return Self.status(0x6A82) }
        var size = 0
        switch target {
        case .master, .application:
            directory = target
            current = nil
        case let .elementary(file):
            directory = file.parentIsMaster ? .master : .application
            current = file
            size = contents(of: file).count
        }
        guard command.p2 != 0x0C else { return Self.status(0x9000) }
        return Self.controlParameters(target, size: size) + Self.status(0x9000)
    }

    private mutating func readBinary(_ command: Command) -> [UInt8] {
        guard let (file, offset) = target(command) else { return Self.status(0x6A82) }
        guard !file.readNeedsPIN || pinVerified else { return Self.status(0x6982) }
        let data = contents(of: file)
        guard offset <= data.count else { return Self.status(0x6B00) }
        let wanted = command.expected ?? 256
        let slice = Array(data[offset..<min(data.count, offset + wanted)])
        return slice + Self.status(slice.count < wanted ? 0x6282 : 0x9000)
    }

    private mutating func updateBinary(_ command: Command) -> [UInt8] {
        guard let (file, offset) = target(command) else { return Self.status(0x6A82) }
        guard file.writable, pinVerified else { return Self.status(0x6982) }
        var data = [UInt8](contents(of: file))
        guard offset <= data.count else { return Self.status(0x6B00) }
        let end = offset + command.data.count
        if end > data.count { data += [UInt8](repeating: 0, count: end - data.count) }
        data.replaceSubrange(offset..<end, with: command.data)
        image.files[file.id] = Data(data)
        return Self.status(0x9000)
    }

    private mutating func eraseBinary(_ command: Command) -> [UInt8] {
        guard let (file, offset) = target(command) else { return Self.status(0x6A82) }
        guard file.writable, pinVerified else { return Self.status(0x6982) }
        let data = contents(of: file)
        guard offset <= data.count else { return Self.status(0x6B00) }
        image.files[file.id] = data.prefix(offset)
        return Self.status(0x9000)
    }

    /// The file a data-unit command addresses (short file id in P1, or the selected one) and its offset.
    private mutating func target(_ command: Command) -> (CardFile.ElementaryFile, Int)? {
        if command.p1 & 0x80 != 0 {
            guard let file = CardFile.child(of: directory, shortID: command.p1 & 0x1F) else { return nil }
            current = file
            return (file, Int(command.p2))
        }
        guard let current else { return nil }
        return (current, Int(command.p1) << 8 | Int(command.p2))
    }

    private mutating func verify(_ command: Command) -> [UInt8] {
        guard command.p2 == 0x01 || command.p2 == 0x02 else { return Self.status(0x6A88) }
        let isPIN = command.p2 == 0x01
        if command.p1 == 0xFF {
            if isPIN { pinVerified = false }
            return Self.status(0x9000)
        }
        guard command.p1 == 0x00 else { return Self.status(0x6A86) }
        let secret = isPIN ? image.pin : image.puk
        if command.data.isEmpty {
            if isPIN && pinVerified { return Self.status(0x9000) }
            return secret.triesLeft == 0 ? Self.status(0x6983) : Self.status(0x63C0 | UInt16(min(secret.triesLeft, 15)))
        }
        let status = check(isPIN ? \.pin : \.puk, command.data)
        if isPIN { pinVerified = status == 0x9000 }
        return Self.status(status)
    }

    private mutating func changeReferenceData(_ command: Command) -> [UInt8] {
        guard command.p2 == 0x01 else { return Self.status(0x6A88) }
        let new: [UInt8]
        switch command.p1 {
        case 0x00:
            let length = image.pin.value.utf8.count
            guard command.data.count > length else { return Self.status(image.pin.triesLeft == 0 ? 0x6983 : 0x6700) }
            let status = check(\.pin, Array(command.data.prefix(length)))
            guard status == 0x9000 else { return Self.status(status) }
            new = Array(command.data.dropFirst(length))
        case 0x01:
            guard pinVerified else { return Self.status(0x6982) }
            new = command.data
        default:
            return Self.status(0x6A86)
        }
        guard (4...16).contains(new.count), let text = String(bytes: new, encoding: .utf8) else { return Self.status(0x6A80) }
        image.pin.value = text
        pinVerified = true
        return Self.status(0x9000)
    }

    private mutating func resetRetryCounter(_ command: Command) -> [UInt8] {
        guard command.p2 == 0x01 || command.p2 == 0x00 else { return Self.status(0x6A88) }
        guard command.p1 == 0x00 || command.p1 == 0x01 else { return Self.status(0x6A86) }
        let length = image.puk.value.utf8.count
        guard command.data.count >= length, command.p1 == 0x01 || command.data.count > length else {
            return Self.status(image.puk.triesLeft == 0 ? 0x6983 : 0x6700)
        }
        let status = check(\.puk, Array(command.data.prefix(length)))
        guard status == 0x9000 else { return Self.status(status) }
        if command.p1 == 0x00 {
            let new = Array(command.data.dropFirst(length))
            guard (4...16).contains(new.count), let text = String(bytes: new, encoding: .utf8) else { return Self.status(0x6A80) }
            image.pin.value = text
        }
        image.pin.triesLeft = image.pin.maxTries
        pinVerified = false
        return Self.status(0x9000)
    }

    /// Compares `candidate` with a secret and counts a try: 9000, 63Cx or 6983.
    private mutating func check(_ secret: WritableKeyPath<CardImage, CardImage.Secret>, _ candidate: [UInt8]) -> UInt16 {
        guard image[keyPath: secret].triesLeft > 0 else { return 0x6983 }
        if candidate == Array(image[keyPath: secret].value.utf8) {
            image[keyPath: secret].triesLeft = image[keyPath: secret].maxTries
            return 0x9000
        }
        image[keyPath: secret].triesLeft -= 1
        return 0x63C0 | UInt16(min(image[keyPath: secret].triesLeft, 15))
    }

    private func contents(of file: CardFile.ElementaryFile) -> Data {
        file.id == CardFile.serial.id ? Data(image.serial.utf8) : image.files[file.id] ?? Data()
    }

    /// `62 L 80 02 size 82 01 type 83 02 fid`.
    private static func controlParameters(_ file: CardFile, size: Int) -> [UInt8] {
        let (type, id): (UInt8, [UInt8]) = switch file {
        case .master: (0x38, [0x3F, 0x00])
        case .application: (0x38, [0xDF, 0x01])
        case let .elementary(file): (0x01, [UInt8](hex: file.id))
        }
        let body: [UInt8] = [0x80, 0x02, UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF), 0x82, 0x01, type, 0x83, 0x02] + id
        return [0x62, UInt8(body.count)] + body
    }

    private static func status(_ word: UInt16) -> [UInt8] {
        [UInt8(word >> 8), UInt8(word & 0xFF)]
    }
}

extension [UInt8] {
    /// `"C000"` → `[0xC0, 0x00]`.
    init(hex: String) {
        let digits = Array(hex.utf8)
        self = stride(from: 0, to: digits.count - 1, by: 2).compactMap {
            UInt8(String(decoding: digits[$0...($0 + 1)], as: UTF8.self), radix: 16)
        }
    }
}

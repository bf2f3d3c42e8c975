import Foundation

/// Everything the card keeps across power cycles and restarts, saved as JSON after each change:
/// the serial, the password and administrator key with their tries, and the files' contents.
struct CardImage: Codable, Equatable {
    struct Secret: Codable, Equatable {
        var value: String
        var maxTries: Int
        var triesLeft: Int
    }

    var serial: String
    var pin: Secret
    var puk: Secret
    /// File id (`C000`, `C001`, `C200`) → contents.
    var files: [String: Data]

    static func fresh(serial: String, pin: String, puk: String, pinTries: Int, certificate: Data) -> CardImage {
        CardImage(
            serial: serial,
            pin: Secret(value: pin, maxTries: pinTries, triesLeft: pinTries),
            puk: Secret(value: puk, maxTries: 10, triesLeft: 10),
            files: ["C000": certificate, "C001": Data(), "C200": Data()]
        )
    }

    static func load(_ path: String) throws -> CardImage {
        try JSONDecoder().decode(CardImage.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Written to a temporary file, synced and renamed, so a killed card never leaves half a state.
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

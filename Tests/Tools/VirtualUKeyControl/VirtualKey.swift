import Foundation

/// One software UKEY (the `virtual-ukey` executable) in a vpcd slot. `insert` plugs it in and
/// waits until pcscd sees it; `pullOut` stops it and waits until the reader is empty. Its state
/// file keeps the password, tries and certificates across a pull-out and a new insert.
public final class VirtualKey: @unchecked Sendable {
    public let stateFile: String
    public let slot: Int
    public var reader: String { VirtualReader.readers[slot] }
    private var process: Process?
    private let log: String

    /// A fresh card in `folder`: `options` are `virtual-ukey`'s (`--serial`, `--pin`, `--certificate` …).
    public init(folder: String, slot: Int = 0, name: String = "card") {
        stateFile = "\(folder)/\(name).json"
        log = "\(folder)/\(name).log"
        self.slot = slot
    }

    deinit {
        process?.terminate()
        process?.waitUntilExit()
    }

    /// Starts the card (`options` apply to a fresh card only) and waits until the reader has it.
    ///
    /// When a key vanished shortly before, vpcd may take the new connection for the old card and
    /// pcscd then never reports an insertion; plugging the key in again clears that, as it does
    /// for a person at a real reader. So a card not seen within a few seconds is replugged.
    public func insert(_ options: [String] = []) throws {
        guard process == nil else { return }
        var failure: any Error = VirtualReader.Unavailable(description: "not started")
        // A replug of a card made by the first attempt makes the same fresh card again.
        let fresh = !FileManager.default.fileExists(atPath: stateFile)
        for attempt in 0..<3 {
            try launch(attempt > 0 && fresh ? options + ["--reset-state"] : options)
            do {
                try VirtualReader.waitForCard(in: reader, present: true, seconds: 5)
                return
            } catch {
                failure = error
                process?.terminate()
                process?.waitUntilExit()
                process = nil
                try? VirtualReader.waitForCard(in: reader, present: false, seconds: 40)
            }
        }
        let written = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        throw VirtualReader.Unavailable(description: "\(failure); virtual-ukey said: \(written)")
    }

    private func launch(_ options: [String]) throws {
        let launched = Process()
        launched.executableURL = URL(fileURLWithPath: try Self.executable())
        launched.arguments = ["--state", stateFile, "--port", String(35963 + slot)] + options
        if !FileManager.default.fileExists(atPath: log) {
            _ = FileManager.default.createFile(atPath: log, contents: nil)
        }
        let output = FileHandle(forWritingAtPath: log)
        output?.seekToEndOfFile()
        launched.standardOutput = output
        launched.standardError = output
        try launched.run()
        process = launched
    }

    /// Stops the card ("pulls the key out") and waits until the reader is empty.
    public func pullOut() throws {
        if let process, process.isRunning { process.terminate() }
        process?.waitUntilExit()
        process = nil
        try VirtualReader.waitForCard(in: reader, present: false)
    }

    /// Whether the card process exits by itself (e.g. `--pull-out-on-update`) within `seconds`.
    /// Foundation learns of a child's exit on a thread of its own, so `isRunning` may lag a moment.
    public func exits(within seconds: Double = 10) -> Bool {
        guard let process else { return true }
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return !process.isRunning
    }

    /// The card's saved state, for checks beyond what the card answers.
    public func savedState() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: stateFile))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// `virtual-ukey` beside the test bundle (`.build/debug`).
    static func executable() throws -> String {
        var starts: [URL] = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        for start in starts {
            var directory = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("virtual-ukey").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw VirtualReader.Unavailable(description: "no built virtual-ukey next to the test bundle; run `swift build --build-tests` first")
    }
}

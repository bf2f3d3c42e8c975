extension VirtualReader {
    /// Runs `body` alone at the reader with a fresh key in slot 0, made in a fresh folder; the key
    /// is pulled out and the folder removed afterwards. `options` are `virtual-ukey`'s; a
    /// `certificate` (DER) goes into EF C000.
    public static func withKey<T>(
        _ options: [String] = [], certificate: [UInt8]? = nil, _ body: (VirtualKey, ScratchFolder) async throws -> T
    ) async throws -> T {
        try await exclusive {
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let certificateOptions = try certificate.map { ["--certificate", try folder.write("certificate.der", $0)] } ?? []
            let key = VirtualKey(folder: folder.path)
            try key.insert(options + certificateOptions)
            defer { try? key.pullOut() }
            return try await body(key, folder)
        }
    }
}

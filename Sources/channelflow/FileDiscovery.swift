import Foundation

/// Finds YAML files (`.yaml`, `.yml`) under folders, sorted, so every run sees the same order.
enum FileDiscovery {
    enum Failure: Error {
        case notFound(String)
    }

    /// The YAML files at or under each path: a file is taken as it is, a folder is walked.
    static func yamlFiles(under paths: [String]) throws(Failure) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let root = URL(fileURLWithPath: path)
            let walker = manager.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if ["yaml", "yml"].contains(url.pathExtension) {
                    found.append(path.hasSuffix("/") ? path + relative(url, to: root) : path + "/" + relative(url, to: root))
                }
            }
        }
        return found.sorted()
    }

    private static func relative(_ url: URL, to root: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}

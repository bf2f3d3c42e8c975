#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// `read(2)`, named apart from `InputFile.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads an input file, or standard input for `-`, refusing more than a given number of bytes
/// without reading them all.
public enum InputFile {
    /// Why an input could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// The operating system refused: `message` names the path and the reason.
        case unreadable(LocalizedMessage)
        /// The input is larger than allowed; `size` is what was seen (at least `limit + 1`).
        case tooLarge(size: Int, limit: Int)
    }

    /// The bytes of `path` (`-` is standard input), at most `limit` of them.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable(path, errno)) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(unreadable(path, EISDIR)) }
            if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
                return .failure(.tooLarge(size: Int(info.st_size), limit: limit))
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(unreadable(path, errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
        }
        return .success(bytes)
    }

    private static func unreadable(_ path: String, _ code: Int32) -> Failure {
        let shown = path == "-" ? "standard input" : path
        let reason = String(cString: strerror(code))
        let reasonZH: String = switch code {
        case ENOENT: "文件不存在"
        case EACCES, EPERM: "没有读取权限"
        case EISDIR: "这是一个目录"
        default: reason
        }
        return .unreadable(LocalizedMessage(
            en: "cannot read \(shown): \(reason)",
            zh: "无法读取 \(path == "-" ? "标准输入" : path)：\(reasonZH)"
        ))
    }
}

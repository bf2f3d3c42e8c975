#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
// `stat`'s fields reach Swift through CoreFoundation once Foundation is imported.
import CoreFoundation
import FlowDiagnostics
import FlowEngine
import Foundation

/// The sandbox's files, written with POSIX calls so each is created with mode 0600 from its first
/// byte (outboxes hold one-time codes, the CA file a private key), and so a rewrite is seen by
/// another process whole or not at all.
enum SandboxFile {
    /// Outboxes and key files are small; a larger one is not the sandbox's.
    static let sizeLimit = 64 << 20

    /// The bytes of `path`, or nil when there is no such file.
    static func read(_ path: String, provider: String) throws(ProviderError) -> [UInt8]? {
        guard access(path, F_OK) == 0 else {
            guard errno == ENOENT else { throw failure(provider, "cannot read", "无法读取", path, errno) }
            return nil
        }
        switch InputFile.read(path, limit: sizeLimit) {
        case let .success(bytes):
            return bytes
        case let .failure(.unreadable(message)):
            throw ProviderError(provider: provider, message: message)
        case .failure(.tooLarge):
            throw tooLarge(path, provider)
        }
    }

    private static func tooLarge(_ path: String, _ provider: String) -> ProviderError {
        ProviderError(provider: provider, message: LocalizedMessage(
            en: "\(path) is larger than \(sizeLimit >> 20) MiB; it is not a sandbox file",
            zh: "\(path) 超过 \(sizeLimit >> 20) MiB，不是沙箱文件"
        ))
    }

    /// A file's device and inode: what tells a file replaced since it was last read.
    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    /// The bytes of `path` from `offset` on when it is still the file `known`, and at least `offset`
    /// long; otherwise all its bytes (`from` is then 0). Nil when there is no such file.
    static func tail(
        _ path: String, from offset: Int, of known: Identity?, provider: String
    ) throws(ProviderError) -> (identity: Identity, from: Int, bytes: [UInt8])? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            guard errno == ENOENT else { throw failure(provider, "cannot read", "无法读取", path, errno) }
            return nil
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(provider, "cannot read", "无法读取", path, errno) }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        let size = Int(info.st_size)
        guard size <= sizeLimit else { throw tooLarge(path, provider) }
        let from = identity == known && size >= offset ? offset : 0
        var bytes = [UInt8](repeating: 0, count: size - from)
        var count = 0
        while count < bytes.count {
            let read = bytes[count...].withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(from + count)) }
            if read < 0 {
                if errno == EINTR { continue }
                throw failure(provider, "cannot read", "无法读取", path, errno)
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return (identity, from, bytes)
    }

    /// Appends `bytes` with one `write` on a descriptor opened with `O_APPEND`, so lines written by
    /// several processes never interleave; creates the file and its folder when missing.
    static func append(_ bytes: [UInt8], to path: String, provider: String) throws(ProviderError) {
        try createParentDirectory(of: path, provider: provider)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(provider, "cannot open", "无法打开", path, errno) }
        defer { close(descriptor) }
        // A file that existed before may have been created more openly by hand.
        guard fchmod(descriptor, 0o600) == 0 else { throw failure(provider, "cannot protect", "无法设置权限", path, errno) }
        try writeAll(bytes, to: descriptor, path: path, provider: provider)
    }

    /// Replaces `path` by writing a temporary file beside it and renaming it over the old one.
    static func replace(_ path: String, with bytes: [UInt8], provider: String) throws(ProviderError) {
        try install(bytes, at: path, exclusively: false, provider: provider)
    }

    /// Creates `path` whole, unless it exists already: then returns false and leaves it alone, so
    /// of two processes creating the same file at once exactly one wins.
    static func create(_ path: String, with bytes: [UInt8], provider: String) throws(ProviderError) -> Bool {
        try install(bytes, at: path, exclusively: true, provider: provider)
    }

    /// Writes a temporary file beside `path`, then renames it over `path`, or links it there
    /// when `exclusively` (a link, unlike a rename, fails on an existing file).
    @discardableResult
    private static func install(_ bytes: [UInt8], at path: String, exclusively: Bool, provider: String) throws(ProviderError) -> Bool {
        try createParentDirectory(of: path, provider: provider)
        let temporary = "\(path).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(provider, "cannot create", "无法创建", temporary, errno) }
        defer { unlink(temporary) }
        do throws(ProviderError) {
            try writeAll(bytes, to: descriptor, path: temporary, provider: provider)
            guard fsync(descriptor) == 0 else { throw failure(provider, "cannot write", "无法写入", temporary, errno) }
        } catch {
            close(descriptor)
            throw error
        }
        close(descriptor)
        if exclusively {
            guard link(temporary, path) == 0 else {
                guard errno == EEXIST else { throw failure(provider, "cannot create", "无法创建", path, errno) }
                return false
            }
        } else {
            guard rename(temporary, path) == 0 else { throw failure(provider, "cannot replace", "无法替换", path, errno) }
        }
        return true
    }

    /// Creates the folder that holds `path` (and its parents), readable by the owner only.
    static func createParentDirectory(of path: String, provider: String) throws(ProviderError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw ProviderError(provider: provider, message: LocalizedMessage(
                en: "cannot create the folder \(folder)", zh: "无法创建文件夹 \(folder)"
            ))
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, provider: String) throws(ProviderError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(provider, "cannot write", "无法写入", path, errno)
            }
            offset += written
        }
    }

    private static func failure(_ provider: String, _ en: String, _ zh: String, _ path: String, _ code: Int32) -> ProviderError {
        let reason = String(cString: strerror(code))
        return ProviderError(provider: provider, message: LocalizedMessage(
            en: "\(en) \(path): \(reason)", zh: "\(zh) \(path)：\(reason)"
        ))
    }
}

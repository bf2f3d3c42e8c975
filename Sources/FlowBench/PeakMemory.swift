import Foundation

/// This process's peak resident memory, as Linux records it (`VmHWM` in `/proc/self/status`).
public enum PeakMemory {
    /// Bytes, or nil where the kernel does not say.
    public static func current() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}

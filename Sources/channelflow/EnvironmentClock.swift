import FlowDiagnostics
import FlowEngine
import Foundation

/// The clock every command reads: `CHANNELFLOW_NOW` (an ISO 8601 instant) fixes it for tests and
/// reproducible demos; otherwise the system's.
enum EnvironmentClock {
    static func clock(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandFailure) -> any EngineClock {
        guard let now = environment["CHANNELFLOW_NOW"], !now.isEmpty else { return SystemClock() }
        guard let fixed = FixedClock(iso8601: now) else {
            throw CommandFailure(.usage, LocalizedMessage(
                en: "CHANNELFLOW_NOW is not an ISO 8601 instant: \(now)", zh: "CHANNELFLOW_NOW 不是 ISO 8601 时间：\(now)"))
        }
        return fixed
    }
}

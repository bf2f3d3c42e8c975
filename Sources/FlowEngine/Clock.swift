public import FlowDomain
import Foundation

/// Where the engine reads the time: injected, so tests and demos are deterministic.
public protocol EngineClock: Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    func now() -> Int64
    /// Today's date in China Standard Time (UTC+8, no daylight saving).
    func today() -> CivilDate
}

/// The machine's clock.
public struct SystemClock: EngineClock {
    public init() {}

    public func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    public func today() -> CivilDate { CivilDate.todayInShanghai() }
}

/// A clock that stands still at a given instant, for tests and reproducible demos
/// (`CHANNELFLOW_NOW=2026-11-25T09:00:00+08:00`).
public struct FixedClock: EngineClock {
    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// Parses an ISO 8601 instant with its offset (`2026-11-25T09:00:00+08:00`); nil when malformed.
    public init?(iso8601 text: String) {
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: text) else { return nil }
        self.init(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }

    public func now() -> Int64 { milliseconds }

    public func today() -> CivilDate { CivilDate.shanghaiDate(epochMilliseconds: milliseconds) }
}

import FlowDomain
import Foundation
import Testing

/// The instant an ISO 8601 text such as `2026-11-24T16:00:00Z` names.
func instant(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text))
}

/// The date a `YYYY-MM-DD` text names.
func day(_ text: String) throws -> CivilDate {
    try #require(CivilDate(iso8601: text))
}

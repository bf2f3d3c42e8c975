public import GRDB

/// Where an order stands.
public enum OrderStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// At a step waiting for the applicant's answers.
    case active
    /// At a step waiting for the outside world (review, payment, face verification, a transfer).
    case waiting
    case completed
    case cancelled

    /// Open orders hold their guard: no second order for the same subject or certificate.
    public var isOpen: Bool { self == .active || self == .waiting }
}

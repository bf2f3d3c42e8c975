import FlowYAML

/// Why a suite case does not pass. Each reason admits only the failures it can explain, so a
/// table entry cannot hide a different failure (say, a loader bug behind "libyaml rejects …").
enum DeviationReason: String, CaseIterable, Sendable {
    case libyamlRejectsValid = "libyaml rejects valid input"
    case libyamlAcceptsInvalid = "libyaml accepts invalid input"
    case libyamlEventsDiffer = "libyaml event stream differs"
    /// DESIGN.md: keys are scalars; libyaml's events are right, the loader refuses on purpose.
    case complexKeys = "restriction: complex keys rejected"
    /// DESIGN.md: `<<` is rejected with a clear message. No suite case uses merge keys (1.1 only).
    case mergeKeys = "restriction: merge keys rejected"
    /// CoreSchema: `0123` stays a string. No suite case has such a plain scalar, so none is listed.
    case leadingZeroIntegers = "core-schema deviation: leading-zero integers stay strings"
    /// A loader defect waiting for its fix; it must be reported, and the entry removed with the fix.
    case loaderBug = "loader bug (to fix)"

    /// Whether this reason accounts for `failure` as observed.
    func explains(_ failure: CaseOutcome.Failure) -> Bool {
        switch (self, failure) {
        case (.libyamlRejectsValid, .readerRejected),
             (.libyamlAcceptsInvalid, .accepted),
             (.libyamlEventsDiffer, .eventsDiffer),
             (.complexKeys, .loaderRejected(.complexKey, _)),
             (.mergeKeys, .loaderRejected(.mergeKey, _)),
             (.leadingZeroIntegers, .valueDiffers),
             (.loaderBug, .loaderRejected), (.loaderBug, .valueDiffers), (.loaderBug, .unpositioned):
            true
        default:
            false
        }
    }

    /// True for the loader's deliberate choices, whose cases libyaml itself gets right.
    var isRestriction: Bool {
        switch self {
        case .complexKeys, .mergeKeys, .leadingZeroIntegers: true
        default: false
        }
    }
}

/// One listed case: its id (`2JQS`, `4MUZ/01`), the reason, and what exactly goes wrong.
struct KnownDeviation: Sendable {
    let id: String
    let reason: DeviationReason
    let note: String

    init(_ id: String, _ reason: DeviationReason, _ note: String) {
        self.id = id
        self.reason = reason
        self.note = note
    }
}

/// The counts over all replayed cases that the conformance test asserts and prints.
struct SuiteSummary {
    let total: Int
    /// Valid cases passed: right events, accepted by the loader, value equal to `in.json` if any.
    let validPassed: Int
    /// Of `validPassed`, those whose composed value was compared with `in.json`.
    let jsonCompared: Int
    /// `error` cases rejected with a position.
    let errorsRejected: Int
    /// Of `errorsRejected`, those libyaml accepted and only the loader's own checks caught.
    let rescuedByLoaderChecks: Int
    /// Cases libyaml alone gets right at the event level (expected events, or an error).
    let libyamlAlone: Int
    /// Failing cases whose listed reason is a deliberate restriction of the loader.
    let restricted: Int
    let perReason: [(DeviationReason, Int)]

    var passed: Int { validPassed + errorsRejected }
    /// The wrapper's figure comparable with libyaml's: every case right at the event level,
    /// counting those the loader then refuses on purpose.
    var rightAtEventLevel: Int { passed + restricted }

    init(_ outcomes: [CaseOutcome]) {
        total = outcomes.count
        var validPassed = 0, jsonCompared = 0, errorsRejected = 0, rescued = 0, restricted = 0
        var perReason: [DeviationReason: Int] = [:]
        for outcome in outcomes {
            switch outcome.verdict {
            case let .valid(comparedJSON):
                validPassed += 1
                if comparedJSON { jsonCompared += 1 }
            case let .rejected(byLoaderCheck):
                errorsRejected += 1
                if byLoaderCheck { rescued += 1 }
            case .failed:
                if let reason = KnownDeviations.byID[outcome.suiteCase.id]?.reason {
                    perReason[reason, default: 0] += 1
                    if reason.isRestriction { restricted += 1 }
                }
            }
        }
        self.validPassed = validPassed
        self.jsonCompared = jsonCompared
        self.errorsRejected = errorsRejected
        self.rescuedByLoaderChecks = rescued
        self.restricted = restricted
        self.libyamlAlone = outcomes.filter(\.libyamlRight).count
        self.perReason = DeviationReason.allCases.map { ($0, perReason[$0] ?? 0) }
    }

    var lines: [String] {
        [
            "YAML test suite: \(passed) of \(total) cases pass (events: \(validPassed), json: \(jsonCompared), "
                + "errors: \(errorsRejected)); \(KnownDeviations.all.count) listed deviations",
            "YAML test suite: right at the event level: \(rightAtEventLevel) (libyaml alone: \(libyamlAlone)); "
                + "errors caught only by the loader's checks: \(rescuedByLoaderChecks)",
        ] + perReason.map { "YAML test suite:   \($0.0.rawValue): \($0.1)" }
    }
}

import Testing

/// A shipped (channel, flow) pair, its sample answers `Examples/answers/CHANNEL-FLOW.yaml`, the
/// sandbox key it needs, and where the sample takes the order with every provider the sandbox
/// (which verifies, pays and credits at once).
struct ShippedPair: Sendable, CustomTestStringConvertible {
    enum Stop: Sendable, Equatable {
        /// Waits at `step` for the outside world (`wait`: `review`, `payment` …).
        case waiting(step: String, wait: String)
        /// Complete; `step` is the terminal step it ended on.
        case completed(step: String)
        /// Stopped (exit 1) at `step`, which the sample does not answer.
        case needsAnswers(step: String)

        /// `stop` in the JSON of `run`.
        var kind: String {
            switch self {
            case .waiting: "waiting"
            case .completed: "completed"
            case .needsAnswers: "needs-answers"
            }
        }

        /// `status` in the JSON of `show`.
        var status: String {
            switch self {
            case .waiting: "waiting"
            case .completed: "completed"
            case .needsAnswers: "active"
            }
        }

        var step: String {
            switch self {
            case let .waiting(step, _), let .completed(step), let .needsAnswers(step): step
            }
        }

        var wait: String? {
            if case let .waiting(_, wait) = self { return wait }
            return nil
        }

        var exitStatus: Int32 {
            if case .needsAnswers = self { return 1 }
            return 0
        }
    }

    let channel: String
    let flow: String
    /// The file under `Examples/ukey/` the sandbox UKEY plays, for flows that read a key.
    let key: String?
    let stop: Stop
    /// Lines the key file holds afterwards: what the flow wrote to the key.
    let keyAfterwards: [String]

    init(_ channel: String, _ flow: String, key: String? = nil, _ stop: Stop, keyAfterwards: [String] = []) {
        self.channel = channel
        self.flow = flow
        self.key = key
        self.stop = stop
        self.keyAfterwards = keyAfterwards
    }

    var id: String { channel + "/" + flow }
    var answers: String { ShippedAnswers.path(channel, flow) }
    var testDescription: String { id }

    private static let review = Stop.waiting(step: "review", wait: "review")
    // Query flows: on a fresh database the query finds nothing and the sample finishes.
    private static let queried = Stop.completed(step: "finished")

    static let all: [ShippedPair] = [
        ShippedPair("ca_outlet", "info_change", key: "expiring-ukey.yaml", .completed(step: "changed"),
                    keyAfterwards: ["organization: \"北京示例信息技术有限公司\"", "not-after: \"2028-11-25\""]),
        ShippedPair("ca_outlet", "new_certificate", review),
        ShippedPair("ca_outlet", "order_management", queried),
        ShippedPair("ca_outlet", "reissue", review),
        ShippedPair("ca_outlet", "renewal", key: "expiring-ukey.yaml", .completed(step: "renewed"),
                    keyAfterwards: ["not-before: \"2026-11-25\"", "not-after: \"2027-11-25\""]),
        ShippedPair("ca_outlet", "revocation", key: "valid-ukey.yaml", review),
        ShippedPair("ca_outlet", "seal_add", review),
        ShippedPair("ca_outlet", "seal_change", key: "valid-ukey.yaml", review),
        ShippedPair("ca_outlet", "unlock", key: "locked-ukey.yaml", .completed(step: "unlocked"),
                    keyAfterwards: ["pin: \"24681357\"", "tries-left: 6"]),
        ShippedPair("gov_portal", "info_change", key: "expiring-ukey.yaml", review),
        ShippedPair("gov_portal", "new_certificate", review),
        ShippedPair("gov_portal", "order_management", queried),
        ShippedPair("gov_portal", "reissue", review),
        ShippedPair("gov_portal", "renewal", key: "expiring-ukey.yaml", .completed(step: "renewed"),
                    keyAfterwards: ["not-after: \"2028-11-25\""]),
        ShippedPair("gov_portal", "seal_add", key: "valid-ukey.yaml", review),
        ShippedPair("gov_portal", "seal_change", review),
        ShippedPair("icbc_bank", "info_change", key: "expiring-ukey.yaml", review),
        ShippedPair("icbc_bank", "new_certificate", review),
        ShippedPair("icbc_bank", "order_management", queried),
        ShippedPair("icbc_bank", "reissue", review),
        ShippedPair("icbc_bank", "renewal", key: "expiring-ukey.yaml", review),
        ShippedPair("icbc_bank", "revocation", key: "valid-ukey.yaml", review),
        // Authorised unlock: the order stops until the channel grants the code (see
        // RunCommandTests.authorisedUnlockCompletesOnceGranted).
        ShippedPair("icbc_bank", "unlock", key: "locked-ukey.yaml", .needsAnswers(step: "authorised_unlock")),
    ]
}

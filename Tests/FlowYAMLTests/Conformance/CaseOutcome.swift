import FlowDiagnostics
import FlowYAML

/// What happened when one suite case was replayed through the event reader and the loader.
struct CaseOutcome: Sendable {
    /// How a case failed, as observed; each kind admits only some deviation reasons.
    enum Failure: Sendable, Equatable {
        /// A valid input on which libyaml's parser stopped with an error.
        case readerRejected(String)
        /// A valid input whose event stream differs from `test.event`.
        case eventsDiffer(String)
        /// A valid input with the right events that the loader refused.
        case loaderRejected(YAMLError.Kind, String)
        /// A valid input whose composed value differs from `in.json`.
        case valueDiffers(String)
        /// An `error` case that neither libyaml nor the loader rejected.
        case accepted
        /// An `error` case rejected without a usable 1-based position.
        case unpositioned(String)
    }

    enum Verdict: Sendable {
        /// A valid case: events equal, loader accepted; `comparedJSON` when `in.json` was checked too.
        case valid(comparedJSON: Bool)
        /// An `error` case rejected with a position; `byLoaderCheck` when libyaml's events were
        /// fine and only the loader's own checks (duplicate keys, undefined aliases, …) caught it.
        case rejected(byLoaderCheck: Bool)
        case failed(Failure)
    }

    let suiteCase: SuiteCase
    let verdict: Verdict
    /// libyaml on its own got the case right at the event level: the expected events for a valid
    /// case, a parse error for an `error` case. This is the baseline the wrapper must reach.
    let libyamlRight: Bool

    var passed: Bool {
        if case .failed = verdict { return false }
        return true
    }

    var failure: Failure? {
        if case let .failed(failure) = verdict { return failure }
        return nil
    }

    init(replaying suiteCase: SuiteCase) {
        self.suiteCase = suiteCase
        let source = SourceFile(path: "yaml-test-suite/\(suiteCase.id)/in.yaml", bytes: suiteCase.yaml)
        let (events, readerError) = Self.events(of: source)
        let loaded: Result<[YAMLNode], YAMLError>
        do throws(YAMLError) {
            loaded = .success(try YAMLLoader().load(source))
        } catch {
            loaded = .failure(error)
        }
        if suiteCase.isError {
            libyamlRight = readerError != nil
            verdict = Self.judgeError(loaded: loaded, readerFailed: readerError != nil)
        } else {
            let actual = EventNotation.text(events)
            libyamlRight = readerError == nil && actual == suiteCase.events
            if let readerError {
                verdict = .failed(.readerRejected(Self.shown(readerError)))
            } else if actual != suiteCase.events {
                verdict = .failed(.eventsDiffer(Self.firstDifference(expected: suiteCase.events, actual: actual)))
            } else {
                verdict = Self.judgeValue(loaded: loaded, json: suiteCase.json)
            }
        }
    }

    /// The events libyaml yields, up to its error if it stops with one.
    private static func events(of source: SourceFile) -> ([YAMLEvent], YAMLError?) {
        var events: [YAMLEvent] = []
        do throws(YAMLError) {
            let reader = try YAMLEventReader(source: source)
            while let event = try reader.next() { events.append(event) }
            return (events, nil)
        } catch {
            return (events, error)
        }
    }

    private static func judgeError(loaded: Result<[YAMLNode], YAMLError>, readerFailed: Bool) -> Verdict {
        guard case let .failure(error) = loaded else { return .failed(.accepted) }
        guard error.location.line >= 1, error.location.column >= 1 else {
            return .failed(.unpositioned(shown(error)))
        }
        return .rejected(byLoaderCheck: !readerFailed)
    }

    private static func judgeValue(loaded: Result<[YAMLNode], YAMLError>, json: String?) -> Verdict {
        let documents: [YAMLNode]
        switch loaded {
        case let .failure(error): return .failed(.loaderRejected(error.kind, shown(error)))
        case let .success(nodes): documents = nodes
        }
        // Compared as the loader renders it, with no allowance: its two schema choices
        // (leading-zero integers stay strings; infinities and NaN become strings) would show up
        // here as `valueDiffers` and need a listed reason, but no `in.json` of the suite holds
        // such a value (checked: no plain `0123`-like scalar, and JSON has no infinities).
        guard let json else { return .valid(comparedJSON: false) }
        let expected: [JSONTree]
        do {
            expected = try JSONTree.documents(json)
        } catch {
            return .failed(.valueDiffers("in.json unreadable: \(error)"))
        }
        let actual = documents.map { JSONTree($0.json) }
        guard actual.count == expected.count else {
            return .failed(.valueDiffers("\(expected.count) document(s) expected, \(actual.count) loaded"))
        }
        for (index, (want, got)) in zip(expected, actual).enumerated() where want != got {
            let gotText = got.map(\.description) ?? "(not comparable: \(documents[index].json))"
            return .failed(.valueDiffers("document \(index + 1): expected \(want), got \(gotText)"))
        }
        return .valid(comparedJSON: true)
    }

    private static func shown(_ error: YAMLError) -> String {
        "\(error.location.line):\(error.location.column): \(error.message.en) [\(error.kind.rawValue)]"
    }

    private static func firstDifference(expected: String, actual: String) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let wantLine = index < want.count ? String(want[index]) : "(end)"
            let gotLine = index < got.count ? String(got[index]) : "(end)"
            if wantLine != gotLine {
                return "event \(index + 1): expected \(wantLine), got \(gotLine)"
            }
        }
        return "streams differ"
    }
}

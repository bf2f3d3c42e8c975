/// The answers of a headless run, by step: what an answers file holds.
public struct AnswersBook: Sendable {
    public var answers: [String: [String: RawAnswer]]
    public var uploads: [String: [String: MaterialUpload]]
    /// The answers for a step's second, third … visit (a step the flow returns to, such as the
    /// order detail after each action); without them every visit gets `answers`.
    public var laterVisits: [String: [[String: RawAnswer]]] = [:]

    public init(answers: [String: [String: RawAnswer]] = [:], uploads: [String: [String: MaterialUpload]] = [:]) {
        self.answers = answers
        self.uploads = uploads
    }

    func has(_ step: String) -> Bool {
        answers[step] != nil || uploads[step] != nil
    }

    /// The answers of visit `visit` (from 1), or nil when a list of visits ran out.
    func answers(_ step: String, visit: Int) -> [String: RawAnswer]? {
        guard visit > 1, let later = laterVisits[step] else { return answers[step] ?? [:] }
        return later.indices.contains(visit - 2) ? later[visit - 2] : nil
    }
}

/// The answers of a headless run, by step: what an answers file holds.
public struct AnswersBook: Sendable {
    public var answers: [String: [String: RawAnswer]]
    public var uploads: [String: [String: MaterialUpload]]

    public init(answers: [String: [String: RawAnswer]] = [:], uploads: [String: [String: MaterialUpload]] = [:]) {
        self.answers = answers
        self.uploads = uploads
    }

    func has(_ step: String) -> Bool {
        answers[step] != nil || uploads[step] != nil
    }
}

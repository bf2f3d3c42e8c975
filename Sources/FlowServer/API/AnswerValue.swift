import FlowEngine

/// One answer in a JSON submission: text, a number or a boolean as the applicant gave it, or
/// `{"sandbox": "sms"}` for the code the sandbox SMS provider sent (refused with real providers).
enum AnswerValue: Decodable {
    case answer(RawAnswer)
    case absent

    private struct SandboxReference: Decodable {
        var sandbox: String
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .absent
        } else if let text = try? container.decode(String.self) {
            self = .answer(.text(text))
        } else if let flag = try? container.decode(Bool.self) {
            self = .answer(.text(flag ? "true" : "false"))
        } else if let integer = try? container.decode(Int64.self) {
            self = .answer(.text(String(integer)))
        } else if let number = try? container.decode(Double.self) {
            self = .answer(.text(String(number)))
        } else {
            let reference = try container.decode(SandboxReference.self)
            self = .answer(.sandboxCode(reference.sandbox))
        }
    }
}

/// The JSON body of a step submission.
struct SubmissionBody: Decodable {
    /// The order version the client read: a submission on an older version is refused (409).
    var version: Int64
    var answers: [String: AnswerValue]

    enum CodingKeys: CodingKey {
        case version, answers
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int64.self, forKey: .version)
        answers = try container.decodeIfPresent([String: AnswerValue].self, forKey: .answers) ?? [:]
    }

    var rawAnswers: [String: RawAnswer] {
        answers.compactMapValues { value in
            if case let .answer(answer) = value { answer } else { nil }
        }
    }
}

import FlowEngine
import FlowYAML
import Foundation

extension ShippedAnswers {
    /// The answers as the engine's book, for clients of the HTTP API: scalars as text,
    /// `{sandbox: sms}` kept for the server to resolve, `{file: PATH}` read into an upload.
    func book() throws -> AnswersBook {
        guard let steps = try YAMLLoader().load(bytes: Array(text.utf8), path: "answers.yaml").first?.mapping else {
            throw Mismatch(expected: "a mapping of step ids")
        }
        var book = AnswersBook()
        for step in steps {
            guard let id = step.key.string, let fields = step.value.mapping else { throw Mismatch(expected: "the fields of a step") }
            for field in fields {
                guard let name = field.key.string else { throw Mismatch(expected: "a field id") }
                if let text = field.value.scalar?.text {
                    book.answers[id, default: [:]][name] = .text(text)
                } else if let kind = field.value["sandbox"]?.string {
                    book.answers[id, default: [:]][name] = .sandboxCode(kind)
                } else if let file = field.value["file"]?.string {
                    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                    book.uploads[id, default: [:]][name] = MaterialUpload(name: URL(fileURLWithPath: file).lastPathComponent, bytes: Array(bytes))
                } else {
                    throw Mismatch(expected: "a value, {sandbox: …} or {file: …} for \(id).\(name)")
                }
            }
        }
        return book
    }
}

public import Hummingbird
import FlowDiagnostics
import FlowEngine

/// An RFC 9457 problem: `application/problem+json` with the message in both languages and, for
/// wrong answers, one entry per wrong field with its JSON pointer into the request.
public struct Problem: HTTPResponseError, Sendable, Codable, Equatable {
    public struct FieldProblem: Sendable, Codable, Equatable {
        /// JSON pointer of the answer in the submitted body (`/answers/uscc`).
        public var pointer: String
        public var field: String
        public var label: LocalizedTextPayload
        public var message: LocalizedTextPayload
    }

    public var type: String
    public var title: String
    public var statusCode: Int
    public var detail: String
    /// The same message in Chinese and in English.
    public var messages: LocalizedTextPayload
    /// The order this problem is about, when there is one (the existing order of a guard …).
    public var order: String?
    public var errors: [FieldProblem]?
    /// The order as it stands now, for a refused stale or out-of-step submission.
    public var current: OrderPayload?

    enum CodingKeys: String, CodingKey {
        case type, title, statusCode = "status", detail, messages, order, errors, current
    }

    public var status: HTTPResponse.Status { .init(code: statusCode) }

    init(
        _ status: HTTPResponse.Status, kind: String, title: String, message: LocalizedMessage, order: String? = nil,
        errors: [FieldProblem]? = nil, current: OrderPayload? = nil
    ) {
        type = "https://channelflow.example/problems/\(kind)"
        self.title = title
        statusCode = status.code
        detail = message.en
        messages = LocalizedTextPayload(message)
        self.order = order
        self.errors = errors
        self.current = current
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONReply(self).response
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"channelflow\"" }
        return response
    }
}

extension Problem {
    /// The HTTP form of an engine refusal. `current` is the order as it stands, given for the
    /// refusals a client resolves by reading it again (stale, out of step).
    init(_ error: EngineError, current: OrderPayload? = nil) {
        switch error {
        case let .invalidAnswers(step, fields):
            self.init(
                .unprocessableContent, kind: "invalid-answers", title: "Invalid answers", message: error.message,
                errors: fields.map { field in
                    FieldProblem(
                        pointer: "/answers/\(field.field)", field: field.field, label: LocalizedTextPayload(field.label),
                        message: LocalizedTextPayload(field.message))
                })
            self.detail = "step \(step): " + fields.map { $0.text(.en) }.joined(separator: "; ")
        case let .rejected(step, message):
            self.init(.unprocessableContent, kind: "rejected", title: "Refused at step \(step)", message: message)
        case let .notAllowed(message):
            self.init(.conflict, kind: "not-allowed", title: "Not allowed now", message: message, current: current)
        case let .guardTaken(existing, message):
            self.init(.conflict, kind: "open-order-exists", title: "Another open order exists", message: message, order: existing)
        case let .stale(message):
            self.init(.conflict, kind: "stale-version", title: "The order changed", message: message, current: current)
        case .orderNotFound:
            self.init(.notFound, kind: "not-found", title: "Not found", message: error.message)
        case let .definition(message):
            self.init(.internalServerError, kind: "definition", title: "The flow definition cannot run", message: message)
        case let .provider(message):
            self.init(.badGateway, kind: "provider", title: "A provider failed; try again", message: message)
        case let .storage(message):
            self.init(.serviceUnavailable, kind: "storage", title: "The database refused the operation", message: message)
        }
    }

    static func notFound(_ message: LocalizedMessage) -> Problem {
        Problem(.notFound, kind: "not-found", title: "Not found", message: message)
    }

    static func badRequest(_ message: LocalizedMessage) -> Problem {
        Problem(.badRequest, kind: "bad-request", title: "Bad request", message: message)
    }

    static func unauthorized(_ message: LocalizedMessage) -> Problem {
        Problem(.unauthorized, kind: "unauthorized", title: "Unauthorized", message: message)
    }
}

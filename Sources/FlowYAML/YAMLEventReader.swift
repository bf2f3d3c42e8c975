internal import CYAML
public import FlowDiagnostics

/// Pulls parse events out of the system libyaml, one at a time, with 1-based positions.
///
/// The reader owns a private copy of the input (libyaml keeps the pointer without copying) and a
/// heap-allocated parser, both released in `deinit` on every path. An empty input is handed to
/// libyaml as a valid zero-length buffer, never as a NULL pointer, which aborts the process.
public final class YAMLEventReader {
    public let source: SourceFile
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var initialized = false
    private var finished = false

    /// Prepares to read `source`; fails for an input libyaml cannot be given (UTF-16, no memory).
    public init(source: SourceFile) throws(YAMLError) {
        self.source = source
        parser = .allocate(capacity: 1)
        buffer = .allocate(capacity: max(1, source.bytes.count))
        _ = buffer.initialize(from: source.bytes)
        if source.bytes.starts(with: [0xFE, 0xFF]) || source.bytes.starts(with: [0xFF, 0xFE]) {
            throw YAMLError.unsupportedEncoding(path: source.path)
        }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError.outOfMemory(path: source.path)
        }
        initialized = true
        if let base = buffer.baseAddress {
            yaml_parser_set_input_string(parser, base, source.bytes.count)
        }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        buffer.deallocate()
    }

    /// Parses the next event and lends it to `body`, deleting it afterwards on every path.
    /// Returns false, without calling `body`, once the stream end has been passed.
    func withNextRawEvent(_ body: (UnsafePointer<yaml_event_t>) throws(YAMLError) -> Void) throws(YAMLError) -> Bool {
        guard !finished else { return false }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { finished = true }
        try withUnsafePointer(to: &event) { (pointer) throws(YAMLError) in try body(pointer) }
        return true
    }

    /// The next event, or nil after the stream end.
    public func next() throws(YAMLError) -> YAMLEvent? {
        guard !finished else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        let converted = convert(&event)
        if case .streamEnd = converted.kind { finished = true }
        return converted
    }

    private func convert(_ event: inout yaml_event_t) -> YAMLEvent {
        let range = SourceRange(start: Self.location(event.start_mark), end: Self.location(event.end_mark))
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(explicit: event.data.document_start.implicit == 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(explicit: event.data.document_end.implicit == 0)
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            kind = .scalar(YAMLEvent.ScalarEvent(
                value: value,
                style: Self.style(scalar.style),
                anchor: Self.string(scalar.anchor),
                tag: Self.string(scalar.tag)
            ))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            kind = .sequenceStart(YAMLEvent.CollectionEvent(
                anchor: Self.string(start.anchor),
                tag: Self.string(start.tag),
                style: start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
            ))
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            kind = .mappingStart(YAMLEvent.CollectionEvent(
                anchor: Self.string(start.anchor),
                tag: Self.string(start.tag),
                style: start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
            ))
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        default:
            kind = .streamEnd
        }
        return YAMLEvent(kind: kind, range: range)
    }

    func currentError() -> YAMLError {
        let error = parser.pointee
        let problem = error.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        if error.error == YAML_MEMORY_ERROR {
            return YAMLError.outOfMemory(path: source.path)
        }
        if error.error == YAML_READER_ERROR {
            let location = source.location(ofByteOffset: error.problem_offset)
            return YAMLError(
                kind: .encoding, path: source.path, range: SourceRange(at: location),
                message: LibYAMLMessages.message(problem: problem, context: nil)
            )
        }
        let context = error.context.map { String(cString: $0) }
        let location = Self.location(error.problem_mark)
        var notes: [Diagnostic.Note] = []
        if context != nil {
            let contextLocation = Self.location(error.context_mark)
            if contextLocation != location {
                notes.append(Diagnostic.Note(
                    path: source.path, location: contextLocation,
                    message: LocalizedMessage(en: "the construct started here", zh: "该结构从此处开始")
                ))
            }
        }
        return YAMLError(
            kind: .syntax, path: source.path, range: SourceRange(at: location),
            message: LibYAMLMessages.message(problem: problem, context: context),
            notes: notes
        )
    }

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: mark.line + 1, column: mark.column + 1)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

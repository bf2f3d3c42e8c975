internal import CYAML

/// A bare `yaml_parser_parse` loop with no conversion and no tree: the ceiling the loader is
/// measured against in `channelflow bench yaml`.
public enum LibYAMLBaseline {
    /// Parses `bytes` to the stream end and returns the number of events, or nil on a parse error.
    public static func countEvents(_ bytes: [UInt8]) -> Int? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        // Copied into a buffer of at least one byte, as the reader does: libyaml keeps the pointer
        // and asserts on NULL, which an empty array would give.
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: bytes)
        guard let base = buffer.baseAddress else { return nil }
        yaml_parser_set_input_string(parser, base, bytes.count)
        var count = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { return count }
        }
    }
}

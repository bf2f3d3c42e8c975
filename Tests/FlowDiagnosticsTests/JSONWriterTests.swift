import FlowDiagnostics
import Testing

@Suite struct JSONWriterTests {
    @Test func objectsKeepInsertionOrder() {
        let value = JSONValue.object([("z", .integer(1)), ("a", .bool(true)), ("m", .null)])
        #expect(JSONWriter().string(value) == #"{"z":1,"a":true,"m":null}"#)
    }

    @Test func stringsAreEscaped() {
        let value = JSONValue.string("q\"b\\n\n\t\u{01}\u{2028}中")
        #expect(JSONWriter().string(value) == #""q\"b\\n\n\t\u0001\u2028中""#)
    }

    @Test func prettyIndentsByTwoSpaces() {
        let value = JSONValue.object([("a", .array([.integer(1), .string("x")])), ("b", .object([])), ("c", .array([]))])
        #expect(JSONWriter(pretty: true).string(value) == """
        {
          "a": [
            1,
            "x"
          ],
          "b": {},
          "c": []
        }
        """)
    }

    // Deeper than the loader allows (256): every JSON value ChannelFlow renders fits.
    @Test func nestingDeeperThanTheLoaderAllowsIsWritten() {
        var value = JSONValue.null
        for _ in 0..<1_000 { value = .array([value]) }
        let text = JSONWriter().string(value)
        #expect(text.count == 2_004)
    }
}

extension JSONWriterTests {
    /// Regression: a container passed to `scalar` got a second separator (`[1,,[2]]`).
    @Test func containersPassedAsScalarsAreWrittenOnce() {
        var writer = JSONStreamWriter(pretty: false)
        writer.beginArray()
        writer.scalar(.integer(1))
        writer.scalar(.array([.integer(2)]))
        writer.beginObject()
        writer.key("a")
        writer.scalar(.object([("b", .null)]))
        writer.end()
        writer.end()
        #expect(writer.output == #"[1,[2],{"a":{"b":null}}]"#)
    }
}

extension JSONWriterTests {
    /// Compact values of one level take a shorter path than the general walk: the same text.
    @Test func flatValuesAreWrittenAsTheGeneralWalkWritesThem() {
        let values: [JSONValue] = [
            .null, .bool(false), .integer(-3), .string("a\"b\u{7F}—\u{2029}中"), .array([]), .object([]),
            .array([.integer(1), .string("x\n"), .null]),
            .object([("k\"ey", .string("\\")), ("n", .number("1.5")), ("b", .bool(true))]),
            .object([("deep", .array([.object([("a", .integer(1))])]))]),
        ]
        for value in values {
            var sink = JSONStreamWriter(pretty: false)
            JSONWriter.emit(value, into: &sink)
            #expect(JSONWriter().string(value) == sink.output)
        }
    }

    /// Text with nothing to escape is copied whole; a quote, backslash, control character, DEL or
    /// U+2028/U+2029 anywhere still sends it through the escaping loop.
    @Test(arguments: [
        ("\"", #""北京\"""#), ("\\", #""北京\\""#), ("\u{1F}", #""北京\u001f""#), ("\u{7F}", #""北京\u007f""#),
        ("\u{2028}", #""北京\u2028""#), ("\u{2029}", #""北京\u2029""#), ("—", #""北京—""#), ("", #""北京""#),
    ])
    func textIsEscapedWhereverTheCharacterIs(special: String, expected: String) {
        #expect(JSONWriter().string(.string("北京" + special)) == expected)
    }
}

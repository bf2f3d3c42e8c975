extension LoopbackHTTPConnection {
    /// What a reply's head says of its body and of the connection.
    struct ReplyHead {
        var status: Int
        var contentLength: Int?
        var chunked = false
        var closes = false
    }

    /// The status line and the headers, read as bytes: only the three headers that frame the body
    /// and the connection are looked at.
    func readHead() throws(LoopbackHTTPError) -> ReplyHead {
        let statusLine = try line()
        guard statusLine.count >= 12, statusLine.starts(with: "HTTP/1.".utf8), statusLine[8] == UInt8(ascii: " "),
              let status = Self.decimal(statusLine[9..<12])
        else { throw .malformed("status line \(String(decoding: statusLine, as: UTF8.self).debugDescription)") }
        var head = ReplyHead(status: status)
        while true {
            let field = try line()
            if field.isEmpty { return head }
            guard let colon = field.firstIndex(of: UInt8(ascii: ":")) else {
                throw .malformed("header \(String(decoding: field, as: UTF8.self).debugDescription)")
            }
            let name = field[..<colon]
            let value = Self.trimmed(field[(colon + 1)...])
            if Self.is(name, "content-length") {
                guard let length = Self.decimal(value) else { throw .malformed("Content-Length \(String(decoding: value, as: UTF8.self))") }
                head.contentLength = length
            } else if Self.is(name, "transfer-encoding") {
                head.chunked = Self.is(value.suffix(7), "chunked")
            } else if Self.is(name, "connection") {
                head.closes = Self.is(value, "close")
            }
        }
    }

    func readChunkedBody() throws(LoopbackHTTPError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeLine = try line()
            let digits = Self.trimmed(sizeLine.prefix { $0 != UInt8(ascii: ";") })
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isHexDigitASCII),
                  let size = Int(String(decoding: digits, as: UTF8.self), radix: 16)
            else {
                throw .malformed("chunk size \(String(decoding: sizeLine, as: UTF8.self).debugDescription)")
            }
            if size == 0 {
                while try !line().isEmpty {}
                return body
            }
            body += try take(size)
            guard try line().isEmpty else { throw .malformed("no line end after a chunk") }
        }
    }

    /// Whether `bytes` spell `lowercase` in ASCII, in any case.
    private static func `is`(_ bytes: ArraySlice<UInt8>, _ lowercase: StaticString) -> Bool {
        bytes.count == lowercase.utf8CodeUnitCount
            && zip(bytes, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)).allSatisfy { $0 | 0x20 == $1 }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) }) else { return [] }
        return bytes[first...last]
    }

    /// A non-negative decimal number of at most 15 digits.
    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}

extension UInt8 {
    fileprivate var isHexDigitASCII: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self | 0x20)
    }
}

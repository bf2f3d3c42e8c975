/// Turns a file path into the URI reference SARIF's `artifactLocation.uri` requires (RFC 3986).
///
/// A relative path stays relative (`Flows/a b.yaml` → `Flows/a%20b.yaml`) so a consumer resolves it
/// against the checkout, as GitHub code scanning does; an absolute path becomes a `file://` URI.
/// Every byte of the UTF-8 path outside the unreserved characters and `/` is percent-encoded. That
/// is stricter than RFC 3986 needs, on purpose: `:` in a first segment would read as a scheme, `%`,
/// `?` and `#` would change the meaning, and non-ASCII is not allowed in a URI at all.
enum ArtifactURI {
    /// The URI reference for `path`.
    static func string(forPath path: String) -> String {
        if path.hasPrefix("/") {
            return "file://" + encode(Substring(path))
        }
        var relative = Substring(path)
        // `./x` and `x` are the same reference; the short one is what the repository tree shows.
        while relative.hasPrefix("./") {
            relative = relative.dropFirst(2)
        }
        return encode(relative)
    }

    private static func encode(_ path: Substring) -> String {
        var output = ""
        for byte in path.utf8 {
            if isKept(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return output
    }

    /// RFC 3986 unreserved characters and the segment separator.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    /// Uppercase, as RFC 3986 section 2.1 recommends.
    private static func hexDigit(_ nibble: UInt8) -> String {
        String(nibble, radix: 16, uppercase: true)
    }
}

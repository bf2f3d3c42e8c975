/// The bytes of one input file and the line table that turns positions into source lines.
///
/// Line breaks are the ones YAML's reader counts (LF, CR LF, CR, NEL, LS, PS), so a line number
/// from libyaml and a line number computed here always name the same line. A leading UTF-8
/// byte-order mark is not part of line 1's columns, as in libyaml.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Built on first use: most files load without an error and never need it.
    private let lineTable = LineTable()

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    private var lineStarts: [Int] {
        lineTable.starts { SourceFile.computeLineStarts(bytes) }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Number of lines; an empty file has one empty line.
    public var lineCount: Int { lineStarts.count }

    /// The location of a byte offset, with the column counted in Unicode scalars.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let lineStarts = self.lineStarts
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var index = start
        while index < clamped {
            index += SourceFile.sequenceLength(lead: bytes[index])
            column += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    /// The text of a 1-based line without its line break, or nil when there is no such line.
    /// Invalid UTF-8 is shown as U+FFFD so a caret line can still be drawn.
    public func lineText(_ line: Int) -> String? {
        let lineStarts = self.lineStarts
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, SourceFile.isBreakTail(bytes, end: end, start: start) {
            end -= SourceFile.breakLength(bytes, end: end, start: start)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var index = starts[0]
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                index += 1
                starts.append(index)
            case 0x0D:
                index += (index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
                starts.append(index)
            case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:
                index += 2
                starts.append(index)
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                index += 3
                starts.append(index)
            default:
                index += 1
            }
        }
        return starts
    }

    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }

    private static func breakLength(_ bytes: [UInt8], end: Int, start: Int) -> Int {
        let last = bytes[end - 1]
        if last == 0x0A || last == 0x0D { return 1 }
        if last == 0x85 { return 2 }
        return 3
    }

    private static func isBreakTail(_ bytes: [UInt8], end: Int, start: Int) -> Bool {
        let last = bytes[end - 1]
        if last == 0x0A || last == 0x0D { return true }
        if last == 0x85, end - 2 >= start, bytes[end - 2] == 0xC2 { return true }
        if last == 0xA8 || last == 0xA9, end - 3 >= start, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 {
            return true
        }
        return false
    }
}

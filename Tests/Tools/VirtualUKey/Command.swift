/// A command APDU as the card parses it (short or extended form).
struct Command {
    let cla: UInt8
    let ins: UInt8
    let p1: UInt8
    let p2: UInt8
    let data: [UInt8]
    /// Le, with 0 already read as 256 (short) or 65,536 (extended); nil when absent.
    let expected: Int?

    /// Nil for a malformed APDU (answered 6700).
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 4 else { return nil }
        (cla, ins, p1, p2) = (bytes[0], bytes[1], bytes[2], bytes[3])
        let body = Array(bytes.dropFirst(4))
        switch body.count {
        case 0:
            (data, expected) = ([], nil)
        case 1:
            (data, expected) = ([], body[0] == 0 ? 256 : Int(body[0]))
        default:
            if body[0] == 0, body.count >= 3 {
                let length = Int(body[1]) << 8 | Int(body[2])
                if body.count == 3 {
                    (data, expected) = ([], length == 0 ? 65_536 : length)
                    return
                }
                guard body.count == 3 + length || body.count == 5 + length else { return nil }
                data = Array(body[3..<(3 + length)])
                if body.count == 5 + length {
                    let le = Int(body[3 + length]) << 8 | Int(body[4 + length])
                    expected = le == 0 ? 65_536 : le
                } else {
                    expected = nil
                }
            } else {
                let length = Int(body[0])
                guard body.count == 1 + length || body.count == 2 + length else { return nil }
                data = Array(body[1..<(1 + length)])
                expected = body.count == 2 + length ? (body[1 + length] == 0 ? 256 : Int(body[1 + length])) : nil
            }
        }
    }
}

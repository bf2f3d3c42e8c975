/// The file control parameters a SELECT returns (`62 L …`): only the size matters here.
struct FileControl {
    /// Tag 80: the number of data bytes in a transparent file.
    let size: Int

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 2, bytes[0] == 0x62, Int(bytes[1]) <= bytes.count - 2 else { return nil }
        var index = 2
        let end = 2 + Int(bytes[1])
        while index + 1 < end {
            let tag = bytes[index], length = Int(bytes[index + 1])
            let value = index + 2
            guard value + length <= end else { return nil }
            if tag == 0x80, (1...3).contains(length) {
                size = bytes[value..<(value + length)].reduce(0) { $0 << 8 | Int($1) }
                return
            }
            index = value + length
        }
        return nil
    }
}

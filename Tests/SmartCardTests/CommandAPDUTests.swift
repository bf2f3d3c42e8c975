import SmartCard
import Testing

@Suite struct CommandAPDUTests {
    @Test func shortFormCases() {
        #expect(CommandAPDU(ins: 0x20, p1: 0, p2: 1)?.bytes == [0x00, 0x20, 0x00, 0x01])
        #expect(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, expected: 256)?.bytes == [0x00, 0xB0, 0x00, 0x00, 0x00])
        #expect(CommandAPDU(ins: 0x20, p1: 0, p2: 1, data: [0x31, 0x32])?.bytes == [0x00, 0x20, 0x00, 0x01, 0x02, 0x31, 0x32])
        #expect(CommandAPDU(ins: 0xA4, p1: 4, p2: 4, data: [0xAA], expected: 16)?.bytes == [0x00, 0xA4, 0x04, 0x04, 0x01, 0xAA, 0x10])
    }

    @Test func extendedFormWhenTheDataOrLeDoesNotFit() {
        let data = [UInt8](repeating: 1, count: 300)
        #expect(CommandAPDU(ins: 0xD6, p1: 0, p2: 0, data: data)?.bytes.prefix(7) == [0x00, 0xD6, 0x00, 0x00, 0x00, 0x01, 0x2C])
        #expect(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, expected: 65_536)?.bytes == [0x00, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00])
        #expect(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, expected: 1_000)?.bytes == [0x00, 0xB0, 0x00, 0x00, 0x00, 0x03, 0xE8])
    }

    @Test func aCommandThatCannotBeEncodedIsNil() {
        #expect(CommandAPDU(ins: 0xD6, p1: 0, p2: 0, data: [UInt8](repeating: 0, count: 65_536)) == nil)
        #expect(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, expected: 0) == nil)
        #expect(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, expected: 65_537) == nil)
    }

    @Test func statusWords() {
        #expect(StatusWord(0x63C2).triesLeft == 2)
        #expect(StatusWord(0x6983).triesLeft == nil)
        #expect(StatusWord.wrongPassword(triesLeft: 20) == StatusWord(0x63CF))
        #expect(ResponseAPDU([0x01, 0x90, 0x00]) == ResponseAPDU(data: [0x01], status: .success))
        #expect(ResponseAPDU([0x90]) == nil)
        #expect(StatusWord(0x6A82).description == "6A82")
    }
}

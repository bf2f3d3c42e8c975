import FlowDiagnostics
@testable import FlowEngine
import FlowModel
import Testing

@Suite("MaterialUpload")
struct MaterialUploadTests {
    private let material = Material(
        id: Located(synthesized: "licence"), name: Located(synthesized: LocalizedText(zh: "营业执照", en: "Business licence")),
        accept: [Located(synthesized: .png), Located(synthesized: .pdf)], maxSizeMB: Located(synthesized: 1))

    @Test("the type comes from the bytes, not the name")
    func detection() {
        #expect(MaterialUpload(name: "a.jpg", bytes: Array("%PDF-1.4".utf8)).detectedType == .pdf)
        #expect(MaterialUpload(name: "a.pdf", bytes: [0xFF, 0xD8, 0xFF, 0xE0]).detectedType == .jpeg)
        #expect(MaterialUpload(name: "a", bytes: SampleAnswers.png).detectedType == .png)
        #expect(MaterialUpload(name: "a.png", bytes: Array("plain".utf8)).detectedType == nil)
    }

    @Test("wrong type, unknown type and oversize are refused with the reason")
    func problems() {
        #expect(MaterialUpload(name: "ok.png", bytes: SampleAnswers.png).problem(for: material) == nil)
        #expect(MaterialUpload(name: "id.jpg", bytes: [0xFF, 0xD8, 0xFF]).problem(for: material)?.en.contains("accepts png, pdf") == true)
        #expect(MaterialUpload(name: "x.txt", bytes: Array("text".utf8)).problem(for: material)?.en.contains("not a PDF") == true)
        let big = MaterialUpload(name: "big.pdf", bytes: Array("%PDF-".utf8) + [UInt8](repeating: 0, count: 1_048_576))
        #expect(big.problem(for: material)?.en.contains("at most 1 MB") == true)
    }
}

@testable import FlowEngine
import FlowStore
import Foundation
import Testing

@Suite("Captcha")
struct CaptchaTests {
    @Test("a challenge is five characters without look-alikes, stored only as a hash that expires")
    func challenge() {
        let (code, record) = CaptchaChallenge.issue(order: "O", now: 1_000)
        #expect(code.count == CaptchaChallenge.length && code.allSatisfy(CaptchaChallenge.alphabet.contains))
        #expect(!code.contains { "01ILO".contains($0) })
        #expect(!record.codeHash.contains(code) && OneTimeCodes.matches(code, record.codeHash))
        #expect(record.expiresAt == 1_000 + CaptchaChallenge.lifetimeMilliseconds)
        #expect(CaptchaChallenge.normalize(" \(code.lowercased()) ") == code)
    }

    @Test("the terminal picture draws every character in block letters and never prints the code itself")
    func blockLetters() {
        let picture = CaptchaArt.text("AB2")
        let rows = picture.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 7)
        #expect(!picture.contains("AB2") && !picture.contains("A"))
        #expect(picture.filter { $0 == "#" }.count == 14 + 16 + 13, "A, B and 2 have 14, 16 and 13 cells of ink")
    }

    @Test("the SVG image draws each character once")
    func svg() {
        let image = CaptchaSVG.image("XY7Z3")
        #expect(image.hasPrefix("<svg") && image.hasSuffix("</svg>"))
        #expect(image.components(separatedBy: "<text").count == 6)
    }
}

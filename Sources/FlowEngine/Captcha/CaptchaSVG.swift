/// The captcha as an SVG image for the web: each character rotated and placed at random, with
/// crossing lines. The code is drawn as glyph paths of a system font by the browser, so the
/// image carries the characters as text; it only keeps casual scripts out, as captchas do.
enum CaptchaSVG {
    static func image(_ code: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let width = 28 * code.count + 24
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"48\" viewBox=\"0 0 \(width) 48\">",
                     "<rect width=\"100%\" height=\"100%\" fill=\"#f4f4f4\"/>"]
        for (index, character) in code.enumerated() {
            let x = 14 + index * 28 + Int.random(in: -3...3, using: &generator)
            let y = 34 + Int.random(in: -5...5, using: &generator)
            let angle = Int.random(in: -25...25, using: &generator)
            parts.append("<text x=\"\(x)\" y=\"\(y)\" transform=\"rotate(\(angle) \(x) \(y))\" font-family=\"monospace\" "
                + "font-size=\"30\" fill=\"#333\">\(character)</text>")
        }
        for _ in 0..<4 {
            let (x1, y1, x2, y2) = (Int.random(in: 0...width / 2, using: &generator), Int.random(in: 0...48, using: &generator),
                                    Int.random(in: width / 2...width, using: &generator), Int.random(in: 0...48, using: &generator))
            parts.append("<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"#777\" stroke-width=\"1.5\"/>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}

/// A captcha as people see it: block letters for the terminal, an SVG image for the web.
public struct CaptchaImage: Sendable, Hashable {
    public var text: String
    public var svg: String

    init(_ code: String) {
        text = CaptchaArt.text(code)
        svg = CaptchaSVG.image(code)
    }
}

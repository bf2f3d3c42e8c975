extension Masking {
    /// `text` with every run of 11 to 19 digits (an ID number may end in X) masked: by its kind's
    /// convention when it is a valid ID number, mobile or bank card, else first 3 and last 4.
    /// For free text from outside (a verification service's reason) that may echo personal data.
    public static func identifiers(in text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            guard (11...19).contains(run.count) else {
                result += run
                run = ""
                return
            }
            if let check = IdentifierKind.plausiblePersonalIdentifier(in: run) {
                result += check.maskedValue
            } else {
                result += String(run.prefix(3)) + String(repeating: "*", count: run.count - 7) + String(run.suffix(4))
            }
            run = ""
        }
        for character in text {
            if character.isASCII, character.isNumber || ((character == "X" || character == "x") && !run.isEmpty) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}

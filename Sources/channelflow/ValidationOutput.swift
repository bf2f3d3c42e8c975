import FlowDiagnostics
import FlowDomain

/// Prints the checks of `channelflow validate`: one line per value, or one JSON array.
///
/// Values are printed only as ``shownValue(_:)`` gives them, never as typed.
struct ValidationOutput {
    var json: Bool
    var language: Language

    func print(_ checks: [IdentifierCheck]) {
        if json {
            Terminal.printOut(JSONWriter(pretty: true).string(.array(checks.map(Self.json))))
        } else {
            Terminal.printOut(checks.map(line).joined(separator: "\n"))
        }
    }

    /// `verdict  masked value[ (input normalised)]  message [code]…`, the verdicts padded to one
    /// width so the values line up.
    func line(_ check: IdentifierCheck) -> String {
        let width = IdentifierCheck.Verdict.allCases.map { $0.label(language).count }.max() ?? 0
        let verdict = check.verdict.label(language)
        var line = verdict + String(repeating: " ", count: width - verdict.count) + "  " + Self.visible(Self.shownValue(check))
        if check.inputWasNormalized { line += language == .zh ? "（输入已规范化）" : " (input normalised)" }
        for (reason, message) in zip(check.reasons, check.messages) {
            line += "  \(language == .zh ? message.zh : message.en) [\(reason.code)]"
        }
        return line
    }

    static func json(_ check: IdentifierCheck) -> JSONValue {
        .object([
            ("kind", .string(check.kind.code)),
            ("verdict", .string(check.verdict.rawValue)),
            ("reasons", .array(zip(check.reasons, check.messages).map { reason, message in
                .object([
                    ("code", .string(reason.code)),
                    ("message", .object([("en", .string(message.en)), ("zh", .string(message.zh))])),
                ])
            })),
            ("normalized_masked", .string(shownValue(check))),
            ("input_was_normalized", .bool(check.inputWasNormalized)),
        ])
    }

    /// The normalised value masked by its kind's convention. A USCC is public and shown in full,
    /// except when it is a valid personal identifier: someone typed an ID, mobile or card number
    /// into the wrong field. An accepted USCC is only tested as an ID number, because an
    /// all-digit USCC passes the card check (Luhn) one time in ten and would be hidden for nothing.
    static func shownValue(_ check: IdentifierCheck) -> String {
        guard !check.kind.isPersonalData else { return check.maskedValue }
        let kinds: [IdentifierKind] = check.isAccepted ? [.residentID] : IdentifierKind.personalIdentifierKinds
        return IdentifierKind.plausiblePersonalIdentifier(in: check.normalizedValue, among: kinds)?.maskedValue
            ?? check.maskedValue
    }

    /// Control and format characters written as `\u{…}`: a value comes from a customer, and
    /// must not move the cursor, recolour the terminal or hide text (zero-width, bidi).
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension IdentifierCheck.Verdict {
    /// The word printed in text output, in the requested language.
    func label(_ language: Language) -> String {
        switch (self, language) {
        case (.accept, .en): "accept"
        case (.warn, .en): "warn"
        case (.reject, .en): "reject"
        case (.accept, .zh): "通过"
        case (.warn, .zh): "警告"
        case (.reject, .zh): "拒绝"
        }
    }
}

import Foundation
import Testing

/// `channelflow validate` on the built binary: verdicts, masking in every output, standard input,
/// exit codes and both languages. The values are the shared vectors of
/// `Tests/FlowDomainTests/Fixtures/samples.tsv`.
@Suite("channelflow validate")
struct ValidateCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
    private let chinese = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"]

    private func validate(
        _ arguments: [String],
        stdin: ChannelFlowBinary.StandardInput = .none,
        environment: [String: String]? = nil
    ) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(["validate"] + arguments, stdin: stdin, environment: environment ?? english)
    }

    /// Neither standard output nor standard error holds any of `secrets` (whole values, or the
    /// part a mask must hide).
    private func expectNothingUnmasked(_ run: ChannelFlowBinary.Run, _ secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in secrets {
            #expect(!run.stdoutText.contains(secret), "stdout shows \(secret)", sourceLocation: sourceLocation)
            #expect(!run.stderrText.contains(secret), "stderr shows \(secret)", sourceLocation: sourceLocation)
        }
    }

    @Test func acceptedValuesExitZeroAndAreMasked() async throws {
        let mobile = try await validate(["mobile", "13812345678"])
        #expect(mobile.exitStatus == 0)
        #expect(mobile.stdoutText == "accept  138****5678\n")
        #expect(mobile.stderrText.isEmpty)
        expectNothingUnmasked(mobile, ["13812345678", "1234"])

        let id = try await validate(["resident-id", "110101199003070011", "32010219880808004X"])
        #expect(id.exitStatus == 0)
        #expect(id.stdoutText == "accept  110***********0011\naccept  320***********004X\n")
        expectNothingUnmasked(id, ["110101199003070011", "32010219880808004X", "19900307", "19880808"])

        let card = try await validate(["bank-card", "6222020000000000000"])
        #expect(card.stdoutText == "accept  **** 0000\n")
        expectNothingUnmasked(card, ["6222020000000000000", "622202"])

        let email = try await validate(["email", "Zhang.San@Example.com"])
        #expect(email.stdoutText == "accept  Z***@Example.com\n")
        expectNothingUnmasked(email, ["Zhang.San"])
    }

    @Test func warningsAreAcceptedWithTheirReason() async throws {
        let run = try await validate(["mobile", "15412345678", "13812345678"])
        #expect(run.exitStatus == 0)
        #expect(run.stdoutText == """
        warn    154****5678  This number range may not receive text messages; please check the mobile number. [sms_prefix]
        accept  138****5678

        """)
        expectNothingUnmasked(run, ["15412345678", "13812345678"])

        let card = try await validate(["bank-card", "6217001234567890"])
        #expect(card.exitStatus == 0)
        #expect(card.stdoutText == "warn    **** 7890  Please check the card number. [luhn]\n")
        expectNothingUnmasked(card, ["6217001234567890", "62170012"])
    }

    @Test func aRejectedValueExitsOne() async throws {
        let run = try await validate(["resident-id", "110101199003070011", "110101199003070010"])
        #expect(run.exitStatus == 1)
        #expect(run.stdoutText == """
        accept  110***********0011
        reject  110***********0010  The check character of the resident ID number is wrong; please check the number. [checksum]

        """)
        expectNothingUnmasked(run, ["110101199003070011", "110101199003070010", "19900307"])
    }

    @Test func aUSCCIsShownInFullButAnIDNumberInItsPlaceIsMasked() async throws {
        let run = try await validate(["uscc", "914403001922038216", "91310000631295002H", "110101199003070011", "13812345678"])
        #expect(run.exitStatus == 1)
        #expect(run.stdoutText == """
        accept  914403001922038216
        warn    91310000631295002H  The organisation code inside the unified social credit code fails its own check; please check the code. [org_check]
        reject  110***********0011  The check character of the unified social credit code is wrong; please check the code. [checksum]
        reject  138****5678  The unified social credit code must be 18 characters long. [length]

        """)
        expectNothingUnmasked(run, ["110101199003070011", "13812345678"])
    }

    @Test func normalisedInputIsShownNormalisedAndSaysSo() async throws {
        let run = try await validate(["mobile", "+86 138 1234 5678", "１３８１２３４５６７８"])
        #expect(run.exitStatus == 0)
        #expect(run.stdoutText == "accept  138****5678 (input normalised)\naccept  138****5678 (input normalised)\n")
        expectNothingUnmasked(run, ["138 1234 5678", "13812345678", "１２３４"])
    }

    @Test func jsonCarriesCodesBothLanguagesAndOnlyMaskedValues() async throws {
        let raw = ["110101199003070011", " 32010219880808004x", "110101199003070010", "11010119900307001"]
        let run = try await validate(["resident-id", "--json"] + raw)
        #expect(run.exitStatus == 1)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [[String: Any]])
        #expect(results.count == 4)
        #expect(results.map { $0["kind"] as? String } == Array(repeating: "resident_id", count: 4))
        #expect(results.map { $0["verdict"] as? String } == ["accept", "accept", "reject", "reject"])
        #expect(results.map { $0["normalized_masked"] as? String }
            == ["110***********0011", "320***********004X", "110***********0010", "110**********7001"])
        #expect(results.map { $0["input_was_normalized"] as? Bool } == [false, true, false, false])
        #expect((results[0]["reasons"] as? [Any])?.isEmpty == true)
        let reason = try #require((results[2]["reasons"] as? [[String: Any]])?.first)
        #expect(reason["code"] as? String == "checksum")
        #expect(reason["message"] as? [String: String] == [
            "en": "The check character of the resident ID number is wrong; please check the number.",
            "zh": "居民身份证号码校验位不正确，请核对",
        ])
        #expect(((results[3]["reasons"] as? [[String: Any]])?.first?["code"]) as? String == "length")
        expectNothingUnmasked(run, raw.map { $0.trimmingCharacters(in: .whitespaces).uppercased() } + ["19900307", "19880808"])

        let warned = try await validate(["bank_card", "--json", "6217001234567890"])
        #expect(warned.exitStatus == 0, "the domain code is taken as the kind too")
        let card = try #require((try JSONSerialization.jsonObject(with: Data(warned.stdout)) as? [[String: Any]])?.first)
        #expect(card["kind"] as? String == "bank_card")
        #expect(card["verdict"] as? String == "warn")
        #expect(card["normalized_masked"] as? String == "**** 7890")
        #expect(((card["reasons"] as? [[String: Any]])?.first?["code"]) as? String == "luhn")
        expectNothingUnmasked(warned, ["6217001234567890", "62170012"])
    }

    @Test func standardInputGivesOneValuePerLineInOrder() async throws {
        let lines = Array("13812345678\r\n\n   \n15412345678\n1381234567".utf8)
        for stdin in [ChannelFlowBinary.StandardInput.bytes(lines), .stream(lines)] {
            let run = try await validate(["mobile", "13012345678", "-"], stdin: stdin)
            #expect(run.exitStatus == 1)
            #expect(run.stdoutText == """
            accept  130****5678
            accept  138****5678
            warn    154****5678  This number range may not receive text messages; please check the mobile number. [sms_prefix]
            reject  138***4567  The mobile number must have 11 digits. [length]

            """)
            expectNothingUnmasked(run, ["13012345678", "13812345678", "15412345678", "1381234567"])
        }

        let ids = try await validate(["resident-id", "-", "--json"], stdin: .stream(Array("\u{FEFF}110101199003070011\n".utf8)))
        #expect(ids.exitStatus == 0, "a byte-order mark is not part of the first value")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(ids.stdout)) as? [[String: Any]])
        #expect(results.map { $0["input_was_normalized"] as? Bool } == [false])
        expectNothingUnmasked(ids, ["110101199003070011", "19900307"])
    }

    @Test func badCommandLinesExitTwoWithoutEchoingValues() async throws {
        let missingKind = try await validate(["110101199003070011"])
        #expect(missingKind.exitStatus == 2)
        #expect(missingKind.stderrText.contains(
            #"unknown kind; expected one of "bank-card", "email", "mobile", "resident-id", "uscc""#), "\(missingKind.stderrText)")
        expectNothingUnmasked(missingKind, ["110101199003070011", "19900307"])

        let typo = try await validate(["mobil", "13812345678"])
        #expect(typo.exitStatus == 2)
        #expect(typo.stderrText.contains(#"did you mean "mobile"?"#))
        expectNothingUnmasked(typo, ["13812345678"])

        #expect(try await validate(["mobile"]).exitStatus == 2)
        #expect(try await validate(["mobile", "-", "-"]).exitStatus == 2)
        let empty = try await validate(["mobile", "-"], stdin: .bytes(Array("\n \n".utf8)))
        #expect(empty.exitStatus == 2)
        #expect(empty.stderrText == "channelflow: standard input held no values to check\n")
    }

    @Test func messagesFollowLangThenTheEnvironment() async throws {
        let zh = try await validate(["--lang", "zh", "mobile", "15412345678", "1381234567"])
        #expect(zh.exitStatus == 1)
        #expect(zh.stdoutText == """
        警告  154****5678  该号段可能无法接收短信，请核对手机号码 [sms_prefix]
        拒绝  138***4567  手机号码应为11位数字 [length]

        """)
        expectNothingUnmasked(zh, ["15412345678", "1381234567"])

        let fromLANG = try await validate(["resident-id", "32010219880808004x"], environment: chinese)
        #expect(fromLANG.stdoutText == "通过  320***********004X（输入已规范化）\n")
        let overridden = try await validate(["--lang", "en", "mobile", "13812345678"], environment: chinese)
        #expect(overridden.stdoutText == "accept  138****5678\n")
        let empty = try await validate(["mobile", "-"], environment: chinese)
        #expect(empty.stderrText == "channelflow: 标准输入中没有要校验的值\n")
    }

    @Test func controlCharactersInAShownValueAreWrittenVisibly() async throws {
        let run = try await validate(["uscc", "91\u{1B}[31m0000\u{200B}"])
        #expect(run.exitStatus == 1)
        #expect(!run.stdoutText.contains("\u{1B}"))
        #expect(run.stdoutText.hasPrefix(#"reject  91\u{1B}[31M0000\u{200B} (input normalised)"#), "\(run.stdoutText)")
    }

    /// The example in `--help` is run as written, so the documentation cannot drift.
    @Test func helpListsTheKindsAndItsExampleIsTrue() async throws {
        let help = try await validate(["--help"])
        #expect(help.exitStatus == 0)
        #expect(help.stdoutText.hasPrefix("OVERVIEW: Check identifiers as typed"))
        #expect(help.stdoutText.contains("(values: uscc,\n                          resident-id, mobile, bank-card, email)"), "\(help.stdoutText)")
        let lines = help.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        let command = try #require(lines.firstIndex { $0.hasPrefix("  $ channelflow validate ") })
        let arguments = lines[command].dropFirst("  $ channelflow ".count).split(separator: " ").map(String.init)
        let expected = lines[(command + 1)...].prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  $ ") }.map { $0.dropFirst(2) }
        #expect(expected.count == 3)
        let run = try await ChannelFlowBinary.located().run(arguments, environment: english)
        #expect(run.stdoutText == expected.joined(separator: "\n") + "\n")
        #expect(run.exitStatus == 1)
    }
}

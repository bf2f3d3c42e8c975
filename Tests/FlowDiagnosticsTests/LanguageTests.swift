import FlowDiagnostics
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ([String: String](), Language.en),
        (["LANG": "zh_CN.UTF-8"], .zh),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .en),
        (["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_ALL": "", "LANG": "zh_CN"], .zh),
    ])
    func languageFollowsPOSIXPrecedence(environment: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(environment) == expected)
    }
}

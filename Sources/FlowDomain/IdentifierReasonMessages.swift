extension IdentifierReason {
    /// The bilingual message for this reason on a field of `kind`; it never contains the value.
    public func message(for kind: IdentifierKind) -> DomainMessage {
        switch (kind, self) {
        case (.uscc, .length):
            DomainMessage(zh: "统一社会信用代码应为18位",
                          en: "The unified social credit code must be 18 characters long.")
        case (.uscc, .charset):
            DomainMessage(zh: "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）",
                          en: "The unified social credit code may contain only digits and capital letters other than I, O, Z, S and V.")
        case (.uscc, .adminDigits):
            DomainMessage(zh: "统一社会信用代码第3至8位（行政区划码）必须是数字",
                          en: "Positions 3-8 of the unified social credit code (administrative division) must be digits.")
        case (.uscc, .checksum):
            DomainMessage(zh: "统一社会信用代码校验位不正确，请核对",
                          en: "The check character of the unified social credit code is wrong; please check the code.")
        case (.uscc, .orgCheck):
            DomainMessage(zh: "统一社会信用代码中的组织机构代码校验不一致，请核对",
                          en: "The organisation code inside the unified social credit code fails its own check; please check the code.")

        case (.residentID, .length):
            DomainMessage(zh: "居民身份证号码应为18位",
                          en: "The resident ID number must be 18 characters long.")
        case (.residentID, .legacy15):
            DomainMessage(zh: "15位旧身份证号码已停止使用，请填写18位号码",
                          en: "15-digit resident ID numbers are no longer valid; enter the 18-character number.")
        case (.residentID, .charset):
            DomainMessage(zh: "居民身份证号码前17位应为数字，最后一位为数字或大写字母X",
                          en: "The resident ID number must be 17 digits followed by a digit or a capital X.")
        case (.residentID, .region):
            DomainMessage(zh: "居民身份证号码的省级行政区划代码无效（港澳台居民居住证等请选择对应的证件类型）",
                          en: "The province code of the resident ID number is not valid (for residence permits and other documents, choose that document type).")
        case (.residentID, .date):
            DomainMessage(zh: "居民身份证号码中的出生日期不是有效日期",
                          en: "The birth date in the resident ID number is not a real date.")
        case (.residentID, .dateMin):
            DomainMessage(zh: "居民身份证号码中的出生日期早于1900年1月1日",
                          en: "The birth date in the resident ID number is before 1 January 1900.")
        case (.residentID, .future):
            DomainMessage(zh: "居民身份证号码中的出生日期晚于今天",
                          en: "The birth date in the resident ID number is in the future.")
        case (.residentID, .checksum):
            DomainMessage(zh: "居民身份证号码校验位不正确，请核对",
                          en: "The check character of the resident ID number is wrong; please check the number.")

        case (.mobile, .charset):
            DomainMessage(zh: "手机号码只能包含数字",
                          en: "The mobile number may contain only digits.")
        case (.mobile, .length):
            DomainMessage(zh: "手机号码应为11位数字",
                          en: "The mobile number must have 11 digits.")
        case (.mobile, .prefix):
            DomainMessage(zh: "手机号码应以1开头，第二位为3至9",
                          en: "The mobile number must start with 1 followed by a digit from 3 to 9.")
        case (.mobile, .smsPrefix):
            DomainMessage(zh: "该号段可能无法接收短信，请核对手机号码",
                          en: "This number range may not receive text messages; please check the mobile number.")

        case (.bankCard, .charset):
            DomainMessage(zh: "银行卡号只能包含数字",
                          en: "The bank card number may contain only digits.")
        case (.bankCard, .length):
            DomainMessage(zh: "银行卡号应为16至19位数字",
                          en: "The bank card number must have 16 to 19 digits.")
        case (.bankCard, .luhn):
            DomainMessage(zh: "请核对卡号",
                          en: "Please check the card number.")

        case (.email, .nonASCII):
            DomainMessage(zh: "电子邮箱只能包含英文字母、数字和常用符号，不支持中文字符或全角句号“。”，请重新输入",
                          en: "The email address may contain only ASCII letters, digits and common symbols; please retype it without Chinese characters.")
        case (.email, .at):
            DomainMessage(zh: "电子邮箱必须包含且只能包含一个“@”",
                          en: "The email address must contain exactly one \"@\".")
        case (.email, .length):
            DomainMessage(zh: "电子邮箱总长不能超过254个字符，“@”前不能超过64个字符",
                          en: "The email address may have at most 254 characters, and at most 64 before the \"@\".")
        case (.email, .local):
            DomainMessage(zh: "电子邮箱“@”前的部分格式不正确",
                          en: "The part of the email address before the \"@\" is malformed.")
        case (.email, .domain):
            DomainMessage(zh: "电子邮箱的域名格式不正确",
                          en: "The domain of the email address is malformed.")

        default:
            // Combinations no validator produces; still total so callers never need a fallback.
            DomainMessage(zh: "\(kind.fieldName.zh)格式不正确",
                          en: "The \(kind.fieldName.en) is not valid.")
        }
    }
}

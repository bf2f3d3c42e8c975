public import FlowDiagnostics
public import FlowEngine
public import SmartCard

/// What a PC/SC or UKEY failure means to the person at the reader, in both languages.
public enum PCSCMessages {
    static let provider = "pcsc ukey"

    /// The error `failure` of a UKEY operation is, as the engine reports it.
    public static func error(_ failure: UKeyCardError) -> ProviderError {
        ProviderError(provider: provider, message: message(failure))
    }

    public static func message(_ failure: UKeyCardError) -> LocalizedMessage {
        switch failure {
        case let .pcsc(error): message(error)
        case let .refused(command, status):
            LocalizedMessage(
                en: "the UKEY refused \(command) (status \(status)); is it a ChannelFlow UKEY?",
                zh: "UKEY 拒绝了 \(command)（状态字 \(status)），请确认是否为本系统的 UKEY")
        case let .malformed(reason):
            LocalizedMessage(en: "the UKEY answered something unexpected: \(reason)", zh: "UKEY 返回了无法识别的内容：\(reason)")
        case .passwordTooLong:
            LocalizedMessage(
                en: "the password is longer than a UKEY takes (\(UKeyCard.maximumPasswordBytes) bytes)",
                zh: "密码过长，UKEY 最多接受 \(UKeyCard.maximumPasswordBytes) 字节")
        }
    }

    public static func message(_ error: SmartCardError) -> LocalizedMessage {
        switch error.code {
        case .noService, .serviceStopped:
            LocalizedMessage(
                en: "the smart-card service (pcscd) is not running; start it and try again",
                zh: "智能卡服务（pcscd）未运行，请启动后重试")
        case .noReadersAvailable, .readerUnavailable:
            LocalizedMessage(en: "no card reader is connected", zh: "未连接读卡器")
        case .unknownReader:
            LocalizedMessage(en: "the configured card reader is not connected", zh: "配置的读卡器未连接")
        case .noSmartcard:
            LocalizedMessage(en: "no UKEY inserted; insert the UKEY and try again", zh: "未插入 UKEY，请插入后重试")
        case .removedCard, .resetCard, .commDataLost, .unpoweredCard, .unresponsiveCard:
            LocalizedMessage(
                en: "the UKEY was pulled out or stopped answering during the operation; insert it and try again",
                zh: "操作过程中 UKEY 被拔出或无响应，请重新插入后重试")
        case .sharingViolation:
            LocalizedMessage(en: "another program is using the UKEY; close it and try again", zh: "UKEY 正被其他程序占用，请关闭后重试")
        case .timeout:
            LocalizedMessage(en: "the card reader did not answer in time", zh: "读卡器响应超时")
        default:
            LocalizedMessage(
                en: "the card reader failed (\(error.function): \(error.code.name))",
                zh: "读卡器出错（\(error.function)：\(error.code.name)）")
        }
    }
}

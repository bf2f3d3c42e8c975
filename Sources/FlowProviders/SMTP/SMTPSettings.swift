/// Where the SMTP relay is and who the mail is from. STARTTLS and authentication are the
/// relay's business: ChannelFlow hands mail to a relay on a trusted network (a local Postfix …).
public struct SMTPSettings: Sendable, Hashable {
    public var host: String
    public var port: Int
    /// The envelope and `From:` address.
    public var from: String
    /// The name given in EHLO.
    public var heloName: String
    public var timeoutSeconds: Int

    public init(host: String, port: Int, from: String, heloName: String = "channelflow.localhost", timeoutSeconds: Int = 10) {
        self.host = host
        self.port = port
        self.from = from
        self.heloName = heloName
        self.timeoutSeconds = max(1, timeoutSeconds)
    }
}

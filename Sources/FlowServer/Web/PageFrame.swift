import FlowModel

/// What every page shows around its content: the title in both languages, the channel, the
/// sandbox banner when the channel runs on sandbox providers, and the session's CSRF token for
/// the page's forms.
struct PageFrame {
    struct ChannelView {
        var name: LocalizedTextPayload
        /// The channel's landing page.
        var home: String
    }

    var title: LocalizedTextPayload
    var channel: ChannelView?
    /// The roles played by sandbox providers (`enterprise, person, …`); nil with none.
    var sandboxRoles: String?
    var csrf: String?

    init(title: LocalizedText, channel: CompiledFlow.ChannelIdentity?, sandboxRoles: [String], csrf: String?) {
        self.title = LocalizedTextPayload(title)
        self.channel = channel.map { ChannelView(name: LocalizedTextPayload($0.name), home: "/web/\($0.id)") }
        self.sandboxRoles = sandboxRoles.isEmpty ? nil : sandboxRoles.joined(separator: ", ")
        self.csrf = csrf
    }
}

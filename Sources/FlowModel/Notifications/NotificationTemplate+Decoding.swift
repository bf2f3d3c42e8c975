public import FlowYAML

extension NotificationTemplate {
    /// Reads a template from its file's root node. Shape problems are the schema check's to report;
    /// nil when the root is no mapping or names no event.
    public static func decode(_ root: YAMLNode) -> NotificationTemplate? {
        guard root.mapping != nil else { return nil }
        let reader = NodeReader(root, TemplateSchema.file)
        guard let event = reader.string("template") else { return nil }
        let email = reader.child("email").map { NodeReader($0, TemplateSchema.emailSchema) }
        return NotificationTemplate(
            event: event, sms: reader.localized("sms"), emailSubject: email?.localized("subject"),
            emailBody: email?.localized("body"))
    }
}

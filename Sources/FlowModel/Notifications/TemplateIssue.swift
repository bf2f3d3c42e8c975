/// A way a template is wrong beyond its shape (an unknown placeholder, a `{` left open, two files
/// for one event), found while reading the template files.
public typealias TemplateIssue = ModelIssue<TemplateIssueKind>

/// The kinds of template issues; the raw value is the rule id.
public enum TemplateIssueKind: String, Sendable, CaseIterable {
    case templatePlaceholder = "template-placeholder"
}

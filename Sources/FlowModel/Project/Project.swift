public import FlowDiagnostics
public import FlowDomain
public import FlowYAML

/// The flow, channel, calendar and notification template files of a project, read, checked against
/// their schemas and decoded.
public struct Project: Sendable {
    public var flows: [ProjectFile<Flow>]
    public var channels: [ProjectFile<Channel>]
    /// The working-day calendar, one file per year.
    public var calendars: [ProjectFile<CalendarFile>]
    /// The notification templates, one file per event.
    public var templates: [ProjectFile<NotificationTemplate>]

    public init(
        flows: [ProjectFile<Flow>], channels: [ProjectFile<Channel>], calendars: [ProjectFile<CalendarFile>] = [],
        templates: [ProjectFile<NotificationTemplate>] = []
    ) {
        self.flows = flows
        self.channels = channels
        self.calendars = calendars
        self.templates = templates
    }

    /// Reads sources (already loaded from disk) into a project; each file's kind comes from its
    /// first key or its folder. Never throws: every problem is recorded on its file.
    public static func read(_ sources: [SourceFile], limits: YAMLLimits = .default) -> Project {
        var project = Project(flows: [], channels: [])
        let loader = YAMLLoader(limits: limits)
        for source in sources {
            var root: YAMLNode?
            var yamlError: YAMLError?
            do {
                let documents = try loader.load(source)
                root = documents.first
                if documents.count > 1, let second = documents.dropFirst().first {
                    yamlError = YAMLError(
                        kind: .syntax, path: source.path, range: SourceRange(at: second.start),
                        message: LocalizedMessage(
                            en: "a flow, channel, calendar or template file holds one document; found a second one here",
                            zh: "流程、渠道、日历或模板文件只能包含一个文档；此处出现了第二个文档"
                        )
                    )
                }
            } catch {
                yamlError = error
            }
            switch ProjectFileKind.of(root: root, path: source.path) {
            case .flow:
                let issues = root.map { SchemaValidator().validate($0, as: .object(FlowSchema.file)) } ?? []
                project.flows.append(ProjectFile(source: source, root: root, yamlError: yamlError, schemaIssues: issues, model: root.flatMap(Flow.decode)))
            case .channel:
                let issues = root.map { SchemaValidator().validate($0, as: .object(ChannelSchema.file)) } ?? []
                project.channels.append(ProjectFile(source: source, root: root, yamlError: yamlError, schemaIssues: issues, model: root.flatMap(Channel.decode)))
            case .calendar:
                let issues = root.map { SchemaValidator().validate($0, as: .object(CalendarSchema.file)) } ?? []
                project.calendars.append(ProjectFile(source: source, root: root, yamlError: yamlError, schemaIssues: issues, model: root.flatMap(CalendarFile.decode)))
            case .template:
                let issues = root.map { SchemaValidator().validate($0, as: .object(TemplateSchema.file)) } ?? []
                project.templates.append(ProjectFile(
                    source: source, root: root, yamlError: yamlError, schemaIssues: issues, model: root.flatMap(NotificationTemplate.decode)))
            }
        }
        return project
    }

    /// Every file of the project, flows first, then channels, calendars and templates.
    public var sources: [SourceFile] {
        flows.map(\.source) + channels.map(\.source) + calendars.map(\.source) + templates.map(\.source)
    }

    /// The loaders' errors of every file.
    public var yamlErrors: [YAMLError] {
        flows.compactMap(\.yamlError) + channels.compactMap(\.yamlError) + calendars.compactMap(\.yamlError)
            + templates.compactMap(\.yamlError)
    }

    /// The schema issues of every file.
    public var schemaIssues: [SchemaIssue] {
        flows.flatMap(\.schemaIssues) + channels.flatMap(\.schemaIssues) + calendars.flatMap(\.schemaIssues)
            + templates.flatMap(\.schemaIssues)
    }

    /// The working-day calendar of the calendar files that could be read.
    public var calendar: WorkingCalendar {
        CalendarChecks.calendar(calendars)
    }

    /// Compiles every channel against every flow that decoded.
    public func compile() -> (catalog: Catalog, issues: [CompileIssue]) {
        CatalogCompiler().compile(flows: flows.compactMap(\.model), channels: channels.compactMap(\.model))
    }
}

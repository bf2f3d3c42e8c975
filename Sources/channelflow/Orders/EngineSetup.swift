import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowProviders
import FlowStore
import Foundation

/// Builds the engine a command runs with: the database, the clock, the working-day calendar of the
/// project's `Calendars/`, the notification templates of its `Templates/` (none queued without
/// that folder), the providers. The only place that picks sandbox or real providers.
struct EngineSetup {
    let engine: FlowEngine
    let configuration: ProviderConfiguration
    let database: FlowDatabase
    let clock: any EngineClock

    /// Environment switches for tests and demos: `CHANNELFLOW_NOW` fixes the clock (ISO 8601);
    /// `CHANNELFLOW_PAUSE_IN_COMMIT=STEP` stops inside the transaction that completes STEP (after
    /// its writes, before COMMIT) and `CHANNELFLOW_PAUSE_AFTER_COMMIT=STEP` right after that
    /// transaction commits, so a crash test can kill the process in the middle of a step or at its
    /// boundary. A step that ends by waiting (review …) is "completed" by the commit that makes the
    /// order wait there.
    ///
    /// `linted` is the project as the command already read and linted it (``CatalogLoader``), whose
    /// calendars and templates are used rather than read again.
    init(_ options: EngineOptions, linted: Project? = nil) throws(CommandFailure) {
        let environment = ProcessInfo.processInfo.environment
        let clock = try EnvironmentClock.clock(environment)
        let path = options.databasePath
        do {
            if let file = options.configurationPath {
                configuration = try ProviderConfiguration.load(path: file, clock: clock)
            } else {
                configuration = ProviderConfiguration.sandboxOnly(outboxDirectory: path + ".sandbox", ukeyFile: options.ukeyFile, clock: clock)
            }
        } catch {
            throw CommandFailure(.inputErrors, LocalizedMessage(en: error.text(.en), zh: error.text(.zh)))
        }
        self.clock = clock
        database = try Self.openDatabase(path)
        let store = OrderStore(
            database: database,
            commitHook: environment["CHANNELFLOW_PAUSE_IN_COMMIT"].map { Self.pause(at: $0, marker: "paused-in-commit") },
            afterCommit: environment["CHANNELFLOW_PAUSE_AFTER_COMMIT"].map { Self.pause(at: $0, marker: "paused-after-commit") })
        let configuration = configuration
        let ukeyFile = options.ukeyFile
        engine = try Self.engine(store: store, clock: clock, project: options.project, linted: linted) { channel in
            var providers = try configuration.providers(forChannel: channel)
            if let ukeyFile { providers.ukey = SandboxUKey(file: ukeyFile) }
            return providers
        }
    }

    /// The engine over `store` with the working-day calendar and notification templates of `project`
    /// (those of `linted` when the command already read and linted the project).
    static func engine(
        store: OrderStore, clock: any EngineClock, project: String, linted: Project? = nil,
        providers: @escaping @Sendable (String) throws -> Providers
    ) throws(CommandFailure) -> FlowEngine {
        let calendar = try ProjectCalendar(project: project, linted: linted).calendar
        let templates = try LintedFolder.read(
            project: project, folder: "Templates", what: LocalizedMessage(en: "the notification templates", zh: "通知模板"), linted: linted)
        return FlowEngine(EngineConfiguration(
            store: store, clock: clock, calendar: calendar, templates: templates.map { NotificationTemplates($0.templates.compactMap(\.model)) },
            providers: providers))
    }

    /// Opens (creating or migrating) the order database at `path`; a failure is a usage error.
    static func openDatabase(_ path: String) throws(CommandFailure) -> FlowDatabase {
        do { return try FlowDatabase(.file(path)) } catch {
            throw CommandFailure(.usage, LocalizedMessage(
                en: "cannot open the database \(path): \(error)", zh: "无法打开数据库 \(path)：\(error)"))
        }
    }

    /// Stops the process at the commit that completes the named step until it is killed, after
    /// telling standard error `MARKER STEP`.
    private static func pause(at step: String, marker: String) -> @Sendable (OrderCommit) -> Void {
        { commit in
            let completes = commit.stepResults.contains { $0.step == step }
                || (commit.order.status == .waiting && commit.order.step == step)
            guard completes else { return }
            FileHandle.standardError.write(Data("\(marker) \(step)\n".utf8))
            while true { sleep(60) }
        }
    }
}

import CSQLiteConfig

/// The process-wide SQLite settings ChannelFlow asks for. SQLite takes them only before it
/// initialises, and `sqlite3_config` must not run while another thread uses SQLite: so the first
/// `FlowDatabase` to open applies them, and code that opens SQLite another way (tests on a bare
/// GRDB queue) reads `memoryStatisticsOff` first.
public enum SQLiteSettings {
    /// Whether SQLite stopped counting the memory it allocates. The count (read only by
    /// `sqlite3_memory_used` and its kin, which nothing here calls) takes a global mutex on every
    /// allocation and free: in memory a step's commit makes about a hundred. False when SQLite was
    /// initialised before the first `FlowDatabase` opened.
    public static let memoryStatisticsOff: Bool = channelflow_sqlite3_disable_memory_statistics() == SQLITE_OK

    /// The library's version and the settings in effect, for benchmark reports.
    public static var summary: String {
        let statistics = memoryStatisticsOff ? "off" : "as built (SQLite was in use before they could be turned off)"
        return "SQLite \(String(cString: sqlite3_libversion())) (system library), memory statistics \(statistics)"
    }
}

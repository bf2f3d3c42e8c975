import CSQLiteConfig

/// The process-wide SQLite settings ChannelFlow asks for. SQLite accepts them only before it is
/// first used in a process, so the first `FlowDatabase` to open applies them.
public enum SQLiteSettings {
    /// Whether SQLite stopped counting the memory it allocates. The count (read only by
    /// `sqlite3_memory_used` and its kin, which nothing here calls) takes a global mutex on every
    /// allocation and free: in memory a step's commit makes about a hundred. False when something in the
    /// process used SQLite before the first `FlowDatabase` opened.
    public static let memoryStatisticsOff: Bool = channelflow_sqlite3_disable_memory_statistics() == SQLITE_OK

    /// The library's version and the settings in effect, for benchmark reports.
    public static var summary: String {
        "SQLite \(String(cString: sqlite3_libversion())) (system library), memory statistics \(memoryStatisticsOff ? "off" : "on")"
    }
}

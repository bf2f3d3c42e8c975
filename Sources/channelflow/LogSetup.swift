import Logging

/// Log lines go to standard error at the level `CHANNELFLOW_LOG` names (`info`, `debug` …);
/// by default only warnings and worse, so normal output stays clean. The engine logs masked
/// data only.
enum LogSetup {
    static func bootstrap(_ environment: [String: String]) {
        let level = environment["CHANNELFLOW_LOG"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

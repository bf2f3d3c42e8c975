// Process-wide SQLite settings. sqlite3_config is variadic, which Swift cannot call.
#include <sqlite3.h>

// Stops SQLite counting the memory it allocates (sqlite3_memory_used and friends, which
// ChannelFlow never reads): the count takes a global mutex on every allocation and free.
// Effective only before sqlite3_initialize (the first connection calls it); returns SQLITE_MISUSE after.
static inline int channelflow_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

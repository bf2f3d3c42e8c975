import GRDB
import Synchronization

/// Group commit: the transactions that async callers hand in while the writer is busy are run
/// together, each in its own savepoint of one immediate transaction, so one `fsync` makes all of
/// them durable. A caller learns its outcome only after that commit: a success is on disk; its own
/// error rolled back only its own savepoint; a failed commit fails every transaction of the batch.
final class CommitGroup: Sendable {
    /// One caller's transaction, waiting for a batch.
    private struct Job: Sendable {
        /// The caller's writes; keeps their result where the caller will read it.
        let perform: @Sendable (Database) throws -> Void
        /// Resumes the caller with nil (committed) or the error that stopped it.
        let finish: @Sendable ((any Error)?) -> Void
    }

    private struct Queue {
        var jobs: [Job] = []
        /// Whether the writer is draining the queue; the first caller to find it idle starts it.
        var draining = false
    }

    private let writer: any DatabaseWriter
    private let queue = Mutex(Queue())

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// A transaction that finds the writer idle runs at once on the caller's thread: there is
    /// nothing to group it with, and the two thread switches to the writer's queue and back cost
    /// more than they save (in `bench engine` they made the slowest 1% of steps up to twice as
    /// slow). The transactions that arrive while it runs queue up and commit together after it, so
    /// at most one caller's thread waits for a commit — for the writer's queue, another process's
    /// write lock and the `fsync` — and `bench serve` showed no loss.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        if claimIdleWriter() {
            defer { handOver() }
            return try inline(body)
        }
        let slot = Slot<T>()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let job = Job(perform: { db in
                let value = try body(db)
                slot.value.withLock { $0 = value }
            }, finish: { error in
                if let error { continuation.resume(throwing: error) } else { continuation.resume() }
            })
            let starts = queue.withLock { queue in
                queue.jobs.append(job)
                defer { queue.draining = true }
                return !queue.draining
            }
            if starts { startDrain() }
        }
        guard let value = slot.value.withLock({ $0 }) else { preconditionFailure("a committed transaction always produced its result") }
        return value
    }

    /// Marks the writer busy if nothing is queued or draining; transactions arriving meanwhile
    /// queue up as they would behind a batch.
    private func claimIdleWriter() -> Bool {
        queue.withLock { queue in
            guard !queue.draining else { return false }
            queue.draining = true
            return true
        }
    }

    /// Synchronous, so that GRDB's blocking write is the one called, not its async overload.
    private func inline<T>(_ body: (Database) throws -> T) throws -> T {
        try FlowDatabase.blockingTransaction(on: writer, body)
    }

    /// After an inline transaction: drains what queued up meanwhile, or marks the writer idle.
    private func handOver() {
        let starts = queue.withLock { queue in
            if queue.jobs.isEmpty { queue.draining = false }
            return queue.draining
        }
        if starts { startDrain() }
    }

    /// The batches run on the writer's own queue: a task in between would cost two more thread
    /// switches per commit, as much as a step's writes without `fsync`.
    private func startDrain() {
        writer.asyncWriteWithoutTransaction { db in self.drain(db) }
    }

    private func drain(_ db: Database) {
        while true {
            let jobs = queue.withLock { queue in
                defer { queue.jobs = [] }
                if queue.jobs.isEmpty { queue.draining = false }
                return queue.jobs
            }
            guard !jobs.isEmpty else { return }
            let outcomes: [(any Error)?]
            do {
                outcomes = try Self.commit(jobs, db)
            } catch {
                outcomes = jobs.map { _ in error }
            }
            for (job, outcome) in zip(jobs, outcomes) { job.finish(outcome) }
        }
    }

    /// Runs each job in its own savepoint and commits them all; returns each job's own error. The
    /// savepoint statements are prepared once per connection, as `FlowDatabase.within`'s are.
    private static func commit(_ jobs: [Job], _ db: Database) throws -> [(any Error)?] {
        try FlowDatabase.within(.immediate, db) { db in
            var outcomes: [(any Error)?] = []
            for job in jobs {
                try db.cachedStatement(sql: "SAVEPOINT job").execute()
                do {
                    try job.perform(db)
                    try db.cachedStatement(sql: "RELEASE job").execute()
                    outcomes.append(nil)
                } catch {
                    // Some errors (a full disk, an I/O error) make SQLite roll back the whole
                    // transaction: then nothing of the batch stands, and every job must hear so.
                    // So too when this job's writes cannot be undone alone.
                    guard db.isInsideTransaction else { throw error }
                    try db.cachedStatement(sql: "ROLLBACK TO job").execute()
                    try db.cachedStatement(sql: "RELEASE job").execute()
                    outcomes.append(error)
                }
            }
            return outcomes
        }
    }
}

/// Where a job leaves its result for the caller.
private final class Slot<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
}

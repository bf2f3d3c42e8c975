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
        /// Whether a task is draining the queue; the first caller to find none starts one.
        var draining = false
    }

    private let writer: any DatabaseWriter
    private let queue = Mutex(Queue())

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
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
            if starts { Task { await drain() } }
        }
        guard let value = slot.value.withLock({ $0 }) else { preconditionFailure("a committed transaction always produced its result") }
        return value
    }

    private func drain() async {
        while true {
            let jobs = queue.withLock { queue in
                defer { queue.jobs = [] }
                if queue.jobs.isEmpty { queue.draining = false }
                return queue.jobs
            }
            guard !jobs.isEmpty else { return }
            let outcomes: [(any Error)?]
            do {
                outcomes = try await writer.writeWithoutTransaction { db in try Self.commit(jobs, db) }
            } catch {
                outcomes = jobs.map { _ in error }
            }
            for (job, outcome) in zip(jobs, outcomes) { job.finish(outcome) }
        }
    }

    /// Runs each job in its own savepoint and commits them all; returns each job's own error.
    private static func commit(_ jobs: [Job], _ db: Database) throws -> [(any Error)?] {
        var outcomes: [(any Error)?] = []
        try db.inTransaction(.immediate) {
            for job in jobs {
                do {
                    try db.inSavepoint {
                        try job.perform(db)
                        return .commit
                    }
                    outcomes.append(nil)
                } catch {
                    // Some errors (a full disk, an I/O error) make SQLite roll back the whole
                    // transaction: then nothing of the batch stands, and every job must hear so.
                    guard db.isInsideTransaction else { throw error }
                    outcomes.append(error)
                }
            }
            return .commit
        }
        return outcomes
    }
}

/// Where a job leaves its result for the caller.
private final class Slot<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
}

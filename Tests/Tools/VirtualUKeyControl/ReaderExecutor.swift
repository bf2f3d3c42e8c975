import Dispatch

/// Where the reader tests run: a serial dispatch queue of its own. The tests wait on pcscd and on
/// the software key with blocking calls for seconds at a time; on the few threads of Swift's
/// cooperative pool (two on a two-core machine) that stalls every other test of the run, and
/// the timing tests among them fail.
final class ReaderExecutor: TaskExecutor {
    static let shared = ReaderExecutor()
    private let queue = DispatchQueue(label: "channelflow.virtual-reader")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

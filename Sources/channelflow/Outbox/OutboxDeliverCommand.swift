import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowProviders
import FlowStore
import Foundation
import Synchronization

/// `channelflow outbox deliver [--once] [--batch N]`: the delivery worker.
struct OutboxDeliverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver", abstract: "Send the queued notifications. 投递待发通知。",
        discussion: """
        Claims due messages under a lease (--lease-seconds), sends each through its channel's SMS \
        gateway or e-mail sender (channelflow.yaml roles `sms`, `email`), and marks it sent once the \
        provider accepted it. A failure is retried with exponential backoff (30 s doubling, at most \
        1 h; an SMTP 5xx or HTTP 4xx is given up at once). A worker killed mid-batch loses nothing: \
        its claims expire and the next worker sends them again with the same idempotency key. \
        Without --once the worker keeps polling every --poll-seconds.
        按租约领取到期消息并投递；失败按指数退避重试；进程中断后租约到期，下一个投递进程以相同幂等键重发。
        """)

    @Flag(help: "Deliver what is due now, then exit. 投递当前到期的消息后退出。") var once = false
    @Option(help: "Messages claimed at a time. 每批领取数量。") var batch = 20
    @Option(name: .customLong("lease-seconds"), help: "How long a claim lasts. 领取租约时长（秒）。") var leaseSeconds = 300
    @Option(name: .customLong("poll-seconds"), help: "Wait between passes without --once. 轮询间隔（秒）。") var pollSeconds = 5
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard batch > 0, leaseSeconds > 0, pollSeconds > 0 else {
            throw ValidationError("--batch, --lease-seconds and --poll-seconds must be positive. 必须为正数。")
        }
    }

    func run() async throws {
        let language = languageOption.language
        let setup: EngineSetup
        do { setup = try EngineSetup(engineOptions) } catch {
            Terminal.printError(error.message.text(language))
            throw error.status.exitCode
        }
        let configuration = setup.configuration
        var worker = OutboxDelivery(
            queue: OutboxQueue(database: setup.database), clock: setup.clock,
            owner: "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        ) { channel in try configuration.notificationSenders(forChannel: channel) }
        worker.leaseMillis = Int64(leaseSeconds) * 1000
        worker.afterSend = ProcessInfo.processInfo.environment["CHANNELFLOW_PAUSE_AFTER_SEND"].flatMap(Int.init).map(Self.pause(after:))
        while true {
            let report: DeliveryReport
            do { report = try await worker.deliverDue(batch: batch) } catch {
                Terminal.printError(language == .zh ? "发件箱无法读写：\(error)" : "cannot read or write the outbox: \(error)")
                throw ExitStatus.internalFailure.exitCode
            }
            if once || report != DeliveryReport() { Terminal.printOut(Self.summary(report, language)) }
            if once { return }
            try await Task.sleep(for: .seconds(pollSeconds))
        }
    }

    static func summary(_ report: DeliveryReport, _ language: Language) -> String {
        language == .zh
            ? "已发送 \(report.sent)，待重试 \(report.retrying)，失败 \(report.failed)，租约已失 \(report.leaseLost)"
            : "sent \(report.sent), retrying \(report.retrying), failed \(report.failed), lease lost \(report.leaseLost)"
    }

    /// Stops the worker after the `count`-th message the provider accepted, before it is marked
    /// sent, until it is killed, after telling standard error `paused-after-send KEY`.
    private static func pause(after count: Int) -> @Sendable (OutboxRecord) -> Void {
        let sent = Mutex(0)
        return { message in
            guard sent.withLock({ $0 += 1; return $0 }) == count else { return }
            FileHandle.standardError.write(Data("paused-after-send \(message.idempotencyKey ?? "")\n".utf8))
            while true { sleep(60) }
        }
    }
}

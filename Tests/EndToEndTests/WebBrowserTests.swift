import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The web application in a real browser: the built `channelflow serve` on a fresh database, and
/// headless Chromium driven through Selenium (`Tests/Browser/web_application.py`) from the
/// landing page to "awaiting review", with a screenshot of every page under
/// `.build/test-artifacts/browser/<channel>/`. Alone it takes about 20 s; the generous limits are
/// for a full suite's run, where every test competes for the two cores.
@Suite("Web application in Chromium", .serialized)
struct WebBrowserTests {
    static let script = ShippedProject.root.appendingPathComponent("Tests/Browser/web_application.py").path
    static let artifacts = ShippedProject.root.appendingPathComponent(".build/test-artifacts/browser").path

    @Test(.timeLimit(.minutes(5)))
    func aNewCertificateApplicationReachesTheReviewAndAnotherChannelShowsItsOwnOptions() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let server = try await ServerProcess.start(workspace)
        try? FileManager.default.removeItem(atPath: Self.artifacts)
        let browser: (status: Int32, output: String)
        do {
            browser = try await Self.python([
                Self.script, "--base-url", server.baseURL, "--files", ShippedProject.root.appendingPathComponent("Examples/files").path,
                "--artifacts", Self.artifacts, "--channel", "ca_outlet", "--other-channel", "icbc_bank",
            ], directory: workspace.directory.path)
        } catch {
            server.send(SIGKILL)
            throw error
        }
        server.send(SIGTERM)
        #expect(await server.termination(within: .seconds(30)) == .exited(0), "serve exits 0 on SIGTERM")
        #expect(browser.status == 0, "\(browser.output)")
        let order = try #require(browser.output.split(separator: "\n").first { $0.hasPrefix("order ") }?.dropFirst(6))

        let shown = try await workspace.show(String(order))
        #expect(shown.channel == "ca_outlet" && shown.flow == "new_certificate")
        #expect(shown.status == "waiting" && shown.step == "review" && shown.wait == "review")
        #expect(shown.payments.map(\.status) == ["paid"])
        #expect(Set(shown.materials.map(\.material)) == ["business_licence", "agent_id_front", "agent_id_back"])

        let shots = try FileManager.default.contentsOfDirectory(atPath: Self.artifacts + "/ca_outlet")
        for step in ["landing", "choose_verification", "enterprise", "agent", "purchase", "confirm", "materials", "signature", "payment", "awaiting-review"] {
            #expect(shots.contains { $0.hasSuffix("-\(step).png") }, "screenshot of \(step)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.artifacts + "/icbc_bank").contains { $0.hasSuffix("-agent.png") })
    }

    /// The script's own unit tests (`Tests/Browser/test_web_application.py`): its waits for the next
    /// page hold whatever chromedriver answers while a page is replaced. No browser needed.
    @Test func theScriptsWaitForTheNextPageHoldsWhateverChromedriverAnswers() async throws {
        let run = try await ChannelFlowBinary(path: "/usr/bin/env").run(
            ["python3", "-B", "-m", "unittest", "test_web_application"],
            currentDirectory: ShippedProject.root.appendingPathComponent("Tests/Browser").path, timeout: .seconds(60))
        #expect(run.exitStatus == 0, "\(run.stdoutText)\n\(run.stderrText)")
        #expect(run.stderrText.hasSuffix("OK\n"), "\(run.stderrText)")
    }

    /// Runs a Python script with the `python3` on the path (where `scripts/ensure-deps` installed
    /// Selenium), killing it after `timeout`; its exit status and everything it wrote.
    static func python(_ arguments: [String], directory: String, timeout: Duration = .seconds(270)) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let log = directory + "/browser.log"
        try #require(FileManager.default.createFile(atPath: log, contents: nil), "cannot create \(log)")
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = output
        process.standardError = output
        let finished = AsyncStream<Int32> { continuation in
            process.terminationHandler = { continuation.yield($0.terminationStatus); continuation.finish() }
        }
        try process.run()
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            process.terminate()
        }
        var status: Int32 = -1
        for await exit in finished { status = exit }
        watchdog.cancel()
        try output.close()
        return (status, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }
}

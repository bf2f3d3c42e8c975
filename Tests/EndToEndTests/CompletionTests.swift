import Testing

/// The shell completion scripts swift-argument-parser generates, for the commands of this binary.
@Suite("shell completion")
struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptNamesTheOperatorCommands(_ shell: String) async throws {
        let run = try await ChannelFlowBinary.located().run(["--generate-completion-script", shell])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        for command in ["graph", "schema", "preview", "diff", "lint", "run"] {
            #expect(run.stdoutText.contains(command), "\(shell) completion lacks \(command)")
        }
    }

    @Test func bashScriptParses() async throws {
        let script = try await ChannelFlowBinary.located().run(["--generate-completion-script", "bash"])
        let folder = try TemporaryDirectory(prefix: "channelflow-completion")
        defer { folder.remove() }
        let file = try folder.write(script.stdout, to: "channelflow.bash")
        let check = try await ChannelFlowBinary(path: "/bin/bash").run(["-n", file])
        #expect(check.exitStatus == 0, "\(check.stderrText)")
    }
}

import Foundation
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

    /// The shell asks the binary for `--channel` and `--flow` values: the project's channel ids, then
    /// the flows of the channel typed. Run through the bash script as a shell would at TAB.
    @Test func bashCompletesChannelsAndTheirFlows() async throws {
        let binary = try ChannelFlowBinary.located()
        let script = try await binary.run(["--generate-completion-script", "bash"])
        let folder = try TemporaryDirectory(prefix: "channelflow-completion")
        defer { folder.remove() }
        let file = try folder.write(script.stdout, to: "channelflow.bash")
        func complete(_ words: [String]) async throws -> [String] {
            let line = ([binary.path] + words).joined(separator: " ")
            let driver = """
                source '\(file)'
                COMP_WORDS=('\(binary.path)' \(words.map { "'\($0)'" }.joined(separator: " ")))
                COMP_CWORD=\(words.count)
                COMP_LINE='\(line)'
                COMP_POINT=${#COMP_LINE}
                _channelflow channelflow '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let run = try await ChannelFlowBinary(path: "/bin/bash").run(["-c", driver], currentDirectory: ShippedProject.root.path)
            #expect(run.exitStatus == 0, "\(run.stderrText)")
            return run.stdoutText.split(separator: "\n").map(String.init)
        }
        #expect(try await complete(["preview", "--channel", ""]) == ["ca_outlet", "gov_portal", "icbc_bank"])
        #expect(try await complete(["graph", "--channel", "icbc_bank", "--flow", ""])
            == ["new_certificate", "renewal", "info_change", "reissue", "unlock", "revocation", "order_management"])
    }
}

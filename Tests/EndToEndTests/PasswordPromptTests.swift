import Foundation
import Testing

/// Passwords typed at a terminal are not echoed. `script` gives the command a pseudo-terminal;
/// the password is typed a moment after the prompt, as a person would.
@Suite("password prompts")
struct PasswordPromptTests {
    @Test func aPasswordTypedAtATerminalIsNotEchoed() throws {
        let binary = try ChannelFlowBinary.located()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "(sleep 1; printf 'secret123\\n') | script -qec \"'\(binary.path)' ukey verify-pin --lang en\" /dev/null"]
        var environment = ProcessInfo.processInfo.environment
        // No pcscd at this socket: the command reads the password, then reports the missing service.
        environment["PCSCLITE_CSOCK_NAME"] = "/nonexistent/pcscd.comm"
        shell.environment = environment
        let output = Pipe()
        shell.standardOutput = output
        shell.standardError = output
        try shell.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(text.contains("Certificate password: "), "\(text)")
        #expect(text.contains("the smart-card service (pcscd) is not running"), "\(text)")
        #expect(!text.contains("secret123"), "\(text)")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A password read from standard input: with echo off when it is a terminal (the prompt goes to
/// standard error), or the next line when a script pipes it in. Never from an argument or the
/// environment, where other users and logs can see it.
enum SecretLine {
    /// The line, without its line break; nil at the end of input.
    static func read(prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data("\(prompt): ".utf8))
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}

import ArgumentParser
import FlowBench
import FlowDiagnostics
import FlowYAML
import Foundation

/// `channelflow bench hostile`: the time and peak memory of loading each hostile input, each in a
/// fresh process so one input's memory never counts for another.
struct BenchHostileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile",
        abstract: "Time and peak memory of each hostile YAML input. 逐个测量恶意 YAML 输入的耗时与内存峰值。",
        discussion: """
        Every input (billion laughs, 200,000-deep nesting, a 64 MiB scalar, …) is generated and \
        loaded with the default limits in a child process, which reports its load time and its \
        peak resident memory. Target: under 1 s and 256 MiB each in a release build.
        """
    )

    @Option(help: ArgumentHelp("Measure one input in this process (used by the parent). 在本进程中测量单个输入。", visibility: .hidden))
    var one: String?

    func run() throws {
        if let one {
            return try measureOne(one)
        }
        Terminal.printOut("input                      outcome                      seconds   peak MiB")
        var worst = (seconds: 0.0, bytes: 0)
        for input in HostileInputs.allCases {
            let figures = try measureInChild(input)
            worst = (max(worst.seconds, figures.seconds), max(worst.bytes, figures.peakBytes))
            Terminal.printOut(
                input.name.padding(toLength: 27, withPad: " ", startingAt: 0)
                    + figures.outcome.padding(toLength: 29, withPad: " ", startingAt: 0)
                    + Measurement.format(figures.seconds, decimals: 3).padding(toLength: 10, withPad: " ", startingAt: 0)
                    + Measurement.format(Double(figures.peakBytes) / 1_048_576, decimals: 1)
            )
        }
        Terminal.printOut("worst: \(Measurement.format(worst.seconds, decimals: 3)) s, \(Measurement.format(Double(worst.bytes) / 1_048_576, decimals: 1)) MiB (target: under 1 s and 256 MiB each)")
    }

    /// Generates and loads one input, then prints `outcome seconds peak-bytes` on one line.
    private func measureOne(_ name: String) throws {
        guard let input = HostileInputs(rawValue: name) else {
            throw ValidationError("unknown input \"\(name)\". 未知输入。")
        }
        let bytes = input.bytes
        var result: Result<[YAMLNode], YAMLError> = .success([])
        let seconds = Measurement.seconds {
            result = Result { () throws(YAMLError) in try YAMLLoader().load(bytes: bytes, path: input.fileName) }
        }
        let outcome = switch result {
        case let .success(documents): "\(documents.count)-documents"
        case let .failure(error): "\(error.kind.rawValue)@\(error.location)"
        }
        Terminal.printOut("\(outcome) \(seconds) \(PeakMemory.current() ?? 0)")
    }

    private func measureInChild(_ input: HostileInputs) throws -> (outcome: String, seconds: Double, peakBytes: Int) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["bench", "hostile", "--one", input.name]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ").map(String.init)
        guard child.terminationStatus == 0, fields.count == 3, let seconds = Double(fields[1]),
              let peak = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Terminal.printError("channelflow: measuring \(input.name) failed (status \(child.terminationStatus))")
            throw ExitStatus.internalFailure.exitCode
        }
        return (fields[0], seconds, peak)
    }
}

import Foundation

/// Runs a Python LexLambda handler file on moto, one fulfillment event per booking
/// (`LexLambdaDriverScript`), and checks that every booking was answered with a `Close` and left
/// its record: a handler that fails a booking gives no figure.
struct PythonLexLambdaRun: Sendable {
    /// The handler file (it must define `lambda_handler(event, context)`).
    let handler: String
    /// How many bookings.
    let bookings: Int

    /// What one run measured.
    struct Figures: Decodable, Sendable {
        /// Interpreter start to a ready table, in milliseconds.
        var setUpMs: Double
        /// Importing the handler file, in milliseconds.
        var importMs: Double
        /// Each call, in microseconds.
        var callsUs: [Double]
        /// Calls answered with a `Close` dialog action.
        var closed: Int
        /// The first call that raised or answered otherwise.
        var failure: String?
        /// Items in the table afterwards.
        var items: Int
        /// The whole process, in milliseconds (set by the run, not the script).
        var processMs: Double = 0

        private enum CodingKeys: String, CodingKey { case setUpMs, importMs, callsUs, closed, failure, items }
    }

    /// Why this machine cannot run the comparison (no python3, or no boto3 or moto), or nil.
    static func missingTools() -> String? {
        guard let probe = try? ChildRun.run("python3", ["-c", "import boto3; from moto import mock_aws"]) else {
            return "python3 is not installed"
        }
        guard probe.status == 0 else {
            return "python3 cannot import boto3 and moto's mock_aws (python3 -m pip install boto3 moto): "
                + (probe.errorTail.split(separator: "\n").last.map(String.init) ?? "")
        }
        return nil
    }

    /// Runs the handler on the bookings' events in a fresh Python process.
    func run() throws -> Figures {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("drive.py")
        let events = folder.appendingPathComponent("events.json")
        try Data(LexLambdaDriverScript.source.utf8).write(to: script)
        try FulfillmentEvents(bookings: bookings).json().write(to: events)
        let child = try ChildRun.run("python3", [script.path, handler, events.path])
        guard child.status == 0 else {
            throw BenchmarkError("the Python LexLambda run failed (exit \(child.status)): \(child.errorTail)")
        }
        guard let line = child.output.split(separator: UInt8(ascii: "\n")).last,
            var figures = try? JSONDecoder().decode(Figures.self, from: Data(line))
        else {
            throw BenchmarkError("the Python LexLambda run printed no figures: \(child.errorTail)")
        }
        if let failure = figures.failure {
            throw BenchmarkError("\(handler) did not book every meeting: \(failure)")
        }
        guard figures.callsUs.count == bookings, figures.closed == bookings, figures.items >= bookings else {
            throw BenchmarkError(
                "\(handler) closed \(figures.closed) of \(bookings) bookings and left \(figures.items) items")
        }
        figures.processMs = child.wallTime.milliseconds
        return figures
    }
}

/// What one compile measurement found (times are medians in milliseconds).
public struct CompileFigures: Codable, Sendable, Equatable {
    /// Intents of the synthetic bot (besides the fallback intent).
    public var intents: Int
    /// Size of the bot file.
    public var yamlBytes: Int
    /// Files of the compiled output (tree, zip, template).
    public var outputFiles: Int
    /// Bytes of the compiled output.
    public var outputBytes: Int
    /// Validation rules that report errors because the workload exceeds their Lex quota by
    /// construction: they run inside the timed validate stage, but their errors do not stop the compile.
    public var failingQuotaRules: [String]
    /// libyaml's event loop alone over the same bytes: the floor.
    public var libyamlMs: Double
    /// YAML to node tree (libyaml included).
    public var parseMs: Double
    /// Node tree to bot definition.
    public var decodeMs: Double
    /// Validation rules.
    public var validateMs: Double
    /// Lex model, export tree, zip and CloudFormation template, in memory.
    public var renderMs: Double
    /// Parse, decode, validate and render together.
    public var inMemoryMs: Double
    /// Writing the tree, zip and template to disk.
    public var writeMs: Double
    /// Peak resident set size of the process that measured this.
    public var peakRSSMiB: Double

    /// Creates figures.
    public init(
        intents: Int,
        yamlBytes: Int,
        outputFiles: Int,
        outputBytes: Int,
        failingQuotaRules: [String],
        libyamlMs: Double,
        parseMs: Double,
        decodeMs: Double,
        validateMs: Double,
        renderMs: Double,
        inMemoryMs: Double,
        writeMs: Double,
        peakRSSMiB: Double
    ) {
        self.intents = intents
        self.yamlBytes = yamlBytes
        self.outputFiles = outputFiles
        self.outputBytes = outputBytes
        self.failingQuotaRules = failingQuotaRules
        self.libyamlMs = libyamlMs
        self.parseMs = parseMs
        self.decodeMs = decodeMs
        self.validateMs = validateMs
        self.renderMs = renderMs
        self.inMemoryMs = inMemoryMs
        self.writeMs = writeMs
        self.peakRSSMiB = peakRSSMiB
    }

    /// In-memory compile time over the libyaml floor.
    public var floorRatio: Double { libyamlMs > 0 ? inMemoryMs / libyamlMs : 0 }
}

/// What one `meety-bot test` measurement found.
public struct TestFigures: Codable, Sendable, Equatable {
    /// Scripts in the suite.
    public var scripts: Int
    /// Scripts run at once.
    public var jobs: Int
    /// User turns in the suite.
    public var turns: Int
    /// Parsing, decoding and checking the scripts, in milliseconds.
    public var loadMs: Double
    /// Running them, in milliseconds.
    public var runMs: Double
    /// Median user-turn latency, in microseconds.
    public var p50TurnUs: Double
    /// 99th-percentile user-turn latency, in microseconds.
    public var p99TurnUs: Double
    /// Peak resident set size of the process that measured this.
    public var peakRSSMiB: Double

    /// Creates figures.
    public init(
        scripts: Int,
        jobs: Int,
        turns: Int,
        loadMs: Double,
        runMs: Double,
        p50TurnUs: Double,
        p99TurnUs: Double,
        peakRSSMiB: Double
    ) {
        self.scripts = scripts
        self.jobs = jobs
        self.turns = turns
        self.loadMs = loadMs
        self.runMs = runMs
        self.p50TurnUs = p50TurnUs
        self.p99TurnUs = p99TurnUs
        self.peakRSSMiB = peakRSSMiB
    }

    /// Load and run together, in milliseconds.
    public var totalMs: Double { loadMs + runMs }
    /// Scripts per second of the whole (load and run).
    public var scriptsPerSecond: Double { totalMs > 0 ? Double(scripts) / (totalMs / 1_000) : 0 }
    /// Turns per second of the run.
    public var turnsPerSecond: Double { runMs > 0 ? Double(turns) / (runMs / 1_000) : 0 }
}

/// Start-up time of the `meety-bot` executable.
public struct StartupFigures: Codable, Sendable, Equatable {
    /// The command timed.
    public var command: String
    /// How many times it ran.
    public var runs: Int
    /// Median wall time from spawn to exit, in milliseconds.
    public var medianMs: Double
    /// Fastest run, in milliseconds.
    public var minMs: Double

    /// Creates figures.
    public init(command: String, runs: Int, medianMs: Double, minMs: Double) {
        self.command = command
        self.runs = runs
        self.medianMs = medianMs
        self.minMs = minMs
    }
}

/// Everything one benchmark run measured.
public struct BenchmarkFigures: Codable, Sendable, Equatable {
    /// The machine: CPU model, cores, memory, OS.
    public var machine: String
    /// The build configuration the figures come from (`release` or `debug`).
    public var build: String
    /// Compile measurements by bot size.
    public var compile: [CompileFigures]
    /// Test measurements by suite size and jobs.
    public var test: [TestFigures]
    /// Start-up measurement, when the executable was found.
    public var startup: StartupFigures?
    /// The original Python LexLambda against meety-bot's whole process, when it was run.
    public var lexLambda: LexLambdaComparison?
    /// Why that comparison was not run, when it was not.
    public var lexLambdaSkipped: String?

    /// Creates figures.
    public init(
        machine: String, build: String, compile: [CompileFigures], test: [TestFigures], startup: StartupFigures?,
        lexLambda: LexLambdaComparison? = nil, lexLambdaSkipped: String? = nil
    ) {
        self.machine = machine
        self.build = build
        self.compile = compile
        self.test = test
        self.startup = startup
        self.lexLambda = lexLambda
        self.lexLambdaSkipped = lexLambdaSkipped
    }
}

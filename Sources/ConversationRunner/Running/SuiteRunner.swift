import Conversations

/// Runs many scripts, up to `jobs` at a time, and returns their results in input order.
///
/// Each script has its own simulator, store and clock, so scripts never affect each other and the
/// order they finish in does not matter; results are reported in the order the scripts were given
/// (the CLI sorts them by file), so output is identical for any `--jobs`.
public struct SuiteRunner: Sendable {
    /// One script with the bot it runs against.
    public struct Job: Sendable {
        /// The script.
        public var script: ConversationScript
        /// Its bot.
        public var bot: BotUnderTest

        /// Creates a job.
        public init(script: ConversationScript, bot: BotUnderTest) {
            self.script = script
            self.bot = bot
        }
    }

    /// How to run.
    public let options: RunOptions

    /// Creates a suite runner.
    public init(options: RunOptions) {
        self.options = options
    }

    /// Runs every job; never throws.
    public func run(_ jobs: [Job]) async -> [ScriptResult] {
        let options = self.options
        return await withTaskGroup(of: (Int, ScriptResult).self) { group in
            var results = [ScriptResult?](repeating: nil, count: jobs.count)
            var next = 0
            func submit() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                group.addTask { (index, await ScriptRunner(bot: job.bot, options: options).run(job.script)) }
                next += 1
            }
            for _ in 0..<min(options.jobs, jobs.count) { submit() }
            while let (index, result) = await group.next() {
                results[index] = result
                submit()
            }
            return results.compactMap { $0 }
        }
    }
}

import Conversations
import Synchronization

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
    ///
    /// `jobs` workers each take the next script as they finish one, so scripts start in input
    /// order as before, but a script is no task of its own: a task per script cost a task
    /// creation and a thread wake-up for the waiting parent each (about 6 % of a one-job run of
    /// short scripts, in `futex` calls).
    public func run(_ jobs: [Job]) async -> [ScriptResult] {
        let options = self.options
        let queue = ScriptQueue(count: jobs.count)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(options.jobs, jobs.count) {
                group.addTask {
                    while let index = queue.next() {
                        let job = jobs[index]
                        queue.finish(index, await ScriptRunner(bot: job.bot, options: options).run(job.script))
                    }
                }
            }
        }
        return queue.results()
    }
}

/// Hands out the indexes of a suite's scripts, each once, in order, to the workers that ask, and
/// keeps each result in its script's place as soon as it is finished.
private final class ScriptQueue: Sendable {
    private struct State {
        var taken = 0
        var results: [ScriptResult?]
    }

    private let state: Mutex<State>
    private let count: Int

    init(count: Int) {
        self.count = count
        state = Mutex(State(results: [ScriptResult?](repeating: nil, count: count)))
    }

    /// The next script's index, or nil when every script was handed out.
    func next() -> Int? {
        state.withLock { state in
            guard state.taken < count else { return nil }
            defer { state.taken += 1 }
            return state.taken
        }
    }

    /// Keeps the result of script `index`.
    func finish(_ index: Int, _ result: consuming ScriptResult) {
        state.withLock { $0.results[index] = result }
    }

    /// The results in script order.
    func results() -> [ScriptResult] {
        state.withLock { state in
            defer { state.results = [] }
            return state.results.compactMap { $0 }
        }
    }
}

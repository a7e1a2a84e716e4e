import MeetyDiagnostics

/// A bot file's `codeHook`: the spec of the hook the simulator runs, and extra environment values for
/// a hook that runs in its own process.
///
/// Written either as the spec alone (`codeHook: python:hooks/app.py`) or as a mapping
/// (`codeHook: {spec: node:hooks/index.mjs, env: {TABLE: Orders}}`); paths are relative to the bot file.
public struct CodeHookSetting: Sendable, Equatable {
    /// One `env:` entry.
    public struct Variable: Sendable, Equatable {
        /// The variable's name, with the span of its key.
        public var name: Located<String>
        /// Its value, with the span of the value.
        public var value: Located<String>

        /// Creates a variable.
        public init(name: Located<String>, value: Located<String>) {
            self.name = name
            self.value = value
        }
    }

    /// The spec as written.
    public var spec: Located<String>
    /// `env:`, in author order.
    public var environment: [Variable]

    /// Creates a setting.
    public init(spec: Located<String>, environment: [Variable] = []) {
        self.spec = spec
        self.environment = environment
    }

    /// The parsed spec, when it parses.
    public var parsed: CodeHookSpecText? {
        try? CodeHookSpecText.parse(spec.value).get()
    }

    /// `env:` as a dictionary (a duplicate key is a YAML error before this is read).
    public var environmentValues: [String: String] {
        Dictionary(environment.map { ($0.name.value, $0.value.value) }, uniquingKeysWith: { _, last in last })
    }
}

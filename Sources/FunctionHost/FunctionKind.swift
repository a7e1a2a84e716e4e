/// What runs a foreign code hook: a Lambda runtime started as a worker process that is served the
/// Lambda Runtime API, or an already running Lambda Invoke API.
///
/// The CLI parses its `--code-hook` strings into these; the host only runs them.
public enum FunctionKind: Hashable, Sendable {
    /// `python3 -m awslambdaric MODULE.FUNCTION` with the file's folder as the working directory:
    /// the real AWS Python runtime interface client runs the handler unchanged.
    case python(file: String, function: String = "lambda_handler")
    /// Node.js with the project's own Runtime API client (`NodeRuntimeClient`), for `.js`, `.mjs`
    /// and `.cjs` files, CommonJS or ES modules.
    case node(file: String, export: String = "handler")
    /// Any executable that speaks the Runtime API itself (a custom runtime `bootstrap`), with its
    /// arguments.
    case exec(command: [String])
    /// A Lambda Invoke API endpoint, `http://HOST:PORT/2015-03-31/functions/NAME/invocations`:
    /// the Runtime Interface Emulator, `sam local start-lambda` or LocalStack.
    case invokeAPI(url: String)

    /// Whether the host starts worker processes for this kind (all but `invokeAPI`).
    public var startsProcesses: Bool {
        if case .invokeAPI = self { return false }
        return true
    }

    /// The value of `_HANDLER` as Lambda would set it: `module.function` for Python,
    /// `file.export` for Node.js, the command's file name for a custom runtime.
    public var handlerName: String {
        switch self {
        case .python(let file, let function):
            return "\(Self.stem(of: file)).\(function)"
        case .node(let file, let export):
            return "\(Self.stem(of: file)).\(export)"
        case .exec(let command):
            return command.first.map { Self.lastComponent(of: $0) } ?? "bootstrap"
        case .invokeAPI:
            return ""
        }
    }

    /// The folder of the hook's file (or of the executable), which becomes the worker's working
    /// directory and `LAMBDA_TASK_ROOT`; nil when the kind names no file.
    public var codeFolder: String? {
        switch self {
        case .python(let file, _), .node(let file, _):
            return Self.folder(of: file)
        case .exec(let command):
            guard let first = command.first, first.contains("/") else { return nil }
            return Self.folder(of: first)
        case .invokeAPI:
            return nil
        }
    }

    static func lastComponent(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }
}

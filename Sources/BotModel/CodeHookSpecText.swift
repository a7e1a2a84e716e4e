/// What a code-hook spec says: the text of `--code-hook` or of a bot file's `codeHook`, parsed.
///
/// One grammar for both places, so a spec that validates in a bot file is one the command line
/// accepts and the runner can run:
///
/// - `meety`, `none` — the built-in MeetyBot LexLambda, or no hook;
/// - `python:FILE.py[:FUNCTION]` — a Python Lambda handler (default `lambda_handler`);
/// - `node:FILE.js|.mjs|.cjs[:EXPORT]` — a Node.js handler (default `handler`);
/// - `exec:COMMAND [ARGUMENT ...]` — any executable that speaks the Lambda Runtime API;
/// - `http://HOST[:PORT]/2015-03-31/functions/NAME/invocations` (or https) — a running Invoke API.
///
/// Paths are kept as written; the caller resolves them (against the bot file's folder, or the
/// working directory for the command line).
public enum CodeHookSpecText: Sendable, Hashable, CustomStringConvertible {
    /// `meety` or `none`.
    case builtIn(String)
    /// `python:FILE.py[:FUNCTION]`.
    case python(file: String, function: String)
    /// `node:FILE.js|.mjs|.cjs[:EXPORT]`.
    case node(file: String, export: String)
    /// `exec:COMMAND [ARGUMENT ...]`, split into words (double quotes group a word with spaces).
    case exec(command: [String])
    /// An Invoke API URL.
    case invokeAPI(url: String)

    /// The built-in names.
    public static let builtInNames = ["meety", "none"]

    /// The forms, for messages.
    public static let forms =
        "'meety', 'none', python:FILE.py[:FUNCTION], node:FILE.js[:EXPORT], exec:COMMAND "
        + "or http://HOST:PORT/2015-03-31/functions/NAME/invocations"

    /// The spec as text (the canonical form of what was written).
    public var description: String {
        switch self {
        case .builtIn(let name): name
        case .python(let file, let function): "python:\(file):\(function)"
        case .node(let file, let export): "node:\(file):\(export)"
        case .exec(let command): "exec:" + command.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
        case .invokeAPI(let url): url
        }
    }

    /// Whether the hook runs outside this process (every kind but the built-ins).
    public var isForeign: Bool {
        if case .builtIn = self { return false }
        return true
    }

    /// Parses `text`; the failure says what is wrong in a phrase that completes "code hook 'TEXT' ...".
    public static func parse(_ text: String) -> Result<CodeHookSpecText, CodeHookSpecError> {
        if builtInNames.contains(text) { return .success(.builtIn(text)) }
        if let rest = text.dropPrefix("python:") { return python(rest) }
        if let rest = text.dropPrefix("node:") { return node(rest) }
        if let rest = text.dropPrefix("exec:") { return exec(rest) }
        if text.hasPrefix("http://") || text.hasPrefix("https://") { return invokeAPI(text) }
        return .failure(CodeHookSpecError(problem: "is not known", isUnknownName: true))
    }

    private static func python(_ rest: Substring) -> Result<CodeHookSpecText, CodeHookSpecError> {
        let (file, function) = split(rest, extensions: [".py"])
        guard file.hasSuffix(".py"), file.count > 3 else {
            return .failure(CodeHookSpecError(problem: "must name a .py file (python:FILE.py[:FUNCTION])"))
        }
        let module = String(file.split(separator: "/").last ?? "").dropLast(3)
        guard isIdentifier(module, dollar: false) else {
            return .failure(
                CodeHookSpecError(
                    problem: "names a file whose name '\(module)' is not a Python module name Lambda can import"))
        }
        let name = function ?? "lambda_handler"
        guard isIdentifier(Substring(name), dollar: false) else {
            return .failure(CodeHookSpecError(problem: "names function '\(name)', which is not a Python name"))
        }
        return .success(.python(file: file, function: name))
    }

    private static func node(_ rest: Substring) -> Result<CodeHookSpecText, CodeHookSpecError> {
        let (file, export) = split(rest, extensions: [".js", ".mjs", ".cjs"])
        guard [".js", ".mjs", ".cjs"].contains(where: { file.hasSuffix($0) && file.count > $0.count }) else {
            return .failure(CodeHookSpecError(problem: "must name a .js, .mjs or .cjs file (node:FILE.js[:EXPORT])"))
        }
        let name = export ?? "handler"
        guard
            name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ isIdentifier($0, dollar: true) })
        else {
            return .failure(CodeHookSpecError(problem: "names export '\(name)', which is not a JavaScript name"))
        }
        return .success(.node(file: file, export: name))
    }

    private static func exec(_ rest: Substring) -> Result<CodeHookSpecText, CodeHookSpecError> {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quoted = false
        for character in rest {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == " " && !quoted {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if quoted { return .failure(CodeHookSpecError(problem: "has a '\"' that is never closed")) }
        if inWord { words.append(word) }
        guard let first = words.first, !first.isEmpty else {
            return .failure(CodeHookSpecError(problem: "names no command (exec:COMMAND [ARGUMENT ...])"))
        }
        return .success(.exec(command: words))
    }

    private static func invokeAPI(_ text: String) -> Result<CodeHookSpecText, CodeHookSpecError> {
        let afterScheme = text.drop { $0 != ":" }.dropFirst(3)
        guard let slash = afterScheme.firstIndex(of: "/"), slash != afterScheme.startIndex else {
            return .failure(CodeHookSpecError(problem: "names no host"))
        }
        let parts = afterScheme[slash...].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[1] == "2015-03-31", parts[2] == "functions", !parts[3].isEmpty,
            parts[4] == "invocations"
        else {
            return .failure(
                CodeHookSpecError(problem: "is not a Lambda Invoke API URL (…/2015-03-31/functions/NAME/invocations)"))
        }
        return .success(.invokeAPI(url: text))
    }

    /// `FILE[:NAME]`, where the name is split off only when FILE keeps one of `extensions`.
    private static func split(_ text: Substring, extensions: [String]) -> (String, String?) {
        if extensions.contains(where: { text.hasSuffix($0) }) { return (String(text), nil) }
        guard let colon = text.lastIndex(of: ":") else { return (String(text), nil) }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    /// ASCII letters, digits and `_` (and `$` for JavaScript), not starting with a digit.
    private static func isIdentifier(_ text: Substring, dollar: Bool) -> Bool {
        guard let first = text.first, !first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || (dollar && $0 == "$")) }
    }
}

/// Why a code-hook spec cannot be used.
public struct CodeHookSpecError: Error, Sendable, Hashable {
    /// A phrase that completes "code hook 'TEXT' ...".
    public var problem: String
    /// Whether the text is no kind at all (a misspelt built-in name, say), so a hint can help.
    public var isUnknownName: Bool = false
}

extension String {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    fileprivate func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}

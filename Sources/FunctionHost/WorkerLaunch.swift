import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How one worker process is started: the executable, its arguments, Lambda's environment and the
/// working directory, derived from a `FunctionConfiguration`.
struct WorkerLaunch: Sendable {
    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String

    /// Builds the launch of a worker that finds the Runtime API at `runtimeAPI` (`127.0.0.1:PORT`).
    /// - Throws: `FunctionFault.runtimeNotInstalled` or `.startFailed` when the executable is missing.
    static func make(
        _ configuration: FunctionConfiguration, runtimeAPI: String, clockEnvironment: [String: String],
        nodeClientPath: String, logStream: String, currentDirectory: String
    ) throws(FunctionFault) -> WorkerLaunch {
        let workingDirectory = absolute(configuration.effectiveWorkingDirectory, from: currentDirectory)
        var environment = lambdaEnvironment(configuration, runtimeAPI: runtimeAPI, taskRoot: workingDirectory)
        environment["AWS_LAMBDA_LOG_STREAM_NAME"] = logStream
        environment.merge(clockEnvironment) { _, new in new }
        let searchPath = environment["PATH"] ?? ""
        let executable: String
        let arguments: [String]
        switch configuration.kind {
        case .python(let file, let function):
            guard let python = lookUp(configuration.pythonExecutable, in: searchPath, from: currentDirectory) else {
                throw .runtimeNotInstalled(
                    "\(configuration.pythonExecutable) was not found in PATH: install Python 3, then "
                        + "'pip install awslambdaric'")
            }
            let folder = absolute(FunctionKind.folder(of: file), from: currentDirectory)
            if folder != workingDirectory { environment["PYTHONPATH"] = folder }
            environment["PYTHONUNBUFFERED"] = "1"
            executable = python
            arguments = [python, "-m", "awslambdaric", "\(FunctionKind.stem(of: file)).\(function)"]
        case .node(let file, let export):
            guard let node = lookUp(configuration.nodeExecutable, in: searchPath, from: currentDirectory) else {
                throw .runtimeNotInstalled("\(configuration.nodeExecutable) was not found in PATH: install Node.js")
            }
            executable = node
            arguments = [node, nodeClientPath, absolute(file, from: currentDirectory), export]
        case .exec(let command):
            guard let first = command.first else { throw .startFailed("exec: needs a command to run") }
            guard let path = lookUp(first, in: searchPath, from: currentDirectory) else {
                throw .startFailed("cannot run \(first): no such executable")
            }
            executable = path
            arguments = [path] + command.dropFirst()
        case .invokeAPI:
            throw .startFailed("an Invoke API function has no worker process")
        }
        environment.merge(configuration.extraEnvironment) { _, new in new }
        return WorkerLaunch(
            executable: executable, arguments: arguments, environment: environment,
            workingDirectory: workingDirectory)
    }

    /// The variables Lambda sets for a function, with the caller's credentials when passed through.
    static func lambdaEnvironment(_ configuration: FunctionConfiguration, runtimeAPI: String, taskRoot: String)
        -> [String: String]
    {
        let host = configuration.hostEnvironment
        var environment: [String: String] = [
            "PATH": host["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "AWS_LAMBDA_RUNTIME_API": runtimeAPI,
            "_HANDLER": configuration.kind.handlerName,
            "LAMBDA_TASK_ROOT": taskRoot,
            "AWS_LAMBDA_FUNCTION_NAME": configuration.functionName,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(configuration.memoryMB),
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(configuration.functionName)",
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_REGION": configuration.region,
            "AWS_DEFAULT_REGION": configuration.region,
            "TZ": configuration.timeZone,
        ]
        if let home = host["HOME"] { environment["HOME"] = home }
        if configuration.passesCredentials {
            for name in FunctionConfiguration.credentialVariables {
                if let value = host[name] { environment[name] = value }
            }
        }
        return environment
    }

    /// `path` made absolute against `directory`.
    static func absolute(_ path: String, from directory: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return path == "." ? base : base + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// An executable by name in `PATH`, or by path (relative paths against `directory`).
    static func lookUp(_ name: String, in searchPath: String, from directory: String) -> String? {
        if name.contains("/") {
            let path = absolute(name, from: directory)
            return access(path, X_OK) == 0 ? path : nil
        }
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let path = "\(folder)/\(name)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }
}

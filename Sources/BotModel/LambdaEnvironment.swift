/// The rules Lambda applies to a function's environment variables.
///
/// A hook's extra values (`codeHook.env`, `--hook-env`) become environment variables of the function,
/// so they follow Lambda's rules: names of letters, digits and `_` not starting with a digit, and not
/// one of the names Lambda sets itself (the reserved list of the Lambda developer guide, "Defined
/// runtime environment variables"; see `reference/lambda-runtime-api.md` §6).
public enum LambdaEnvironment {
    /// Names Lambda reserves: a function cannot set them.
    public static let reservedNames: Set<String> = [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    ]

    /// Why `name` cannot be set, as a phrase ("is reserved by Lambda"), or `nil` when it can.
    public static func problem(withName name: String) -> String? {
        guard let first = name.first, !first.isNumber,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { return "is not an environment variable name (letters, digits and '_', not starting with a digit)" }
        return reservedNames.contains(name) ? "is reserved by Lambda, which sets it itself" : nil
    }
}

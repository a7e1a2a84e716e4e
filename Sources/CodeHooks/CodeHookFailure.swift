/// An error a code hook reports about itself in full: a Lambda function that raised, timed out,
/// exited or answered with something that is not a Lex response. The simulator reports it as the
/// hook's failure in the hook's own words ("the dialog code hook ... failed: the hook timed out after
/// 3 s") rather than as an error the hook's code threw.
public protocol CodeHookFailure: Error, CustomStringConvertible {}

/// Placeholder entry point until the Lambda host lands.
@main enum MeetyLexLambda {
    static func main() {}
}

import MeetyBotCLI

/// The executable: everything lives in `MeetyBotCLI`.
@main enum MeetyBot {
    static func main() async { await MeetyBotCommand.main() }
}

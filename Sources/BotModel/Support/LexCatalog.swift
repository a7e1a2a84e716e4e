/// The vocabularies bot files are checked against that are settings of the bot format rather than
/// facts of Lex (those live in `LexFacts`: locales, built-in slot types and intents, the regex grammar).
enum LexCatalog {
    /// The Polly engines a locale's voice may name (the `VoiceEngine` enum of the lexv2-models API).
    static let voiceEngines = ["standard", "neural", "long-form", "generative"]

    /// The code hooks the simulator knows: `meety` is the built-in MeetyBot LexLambda.
    static let codeHooks = ["meety"]
}

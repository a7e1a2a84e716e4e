/// The generative-AI question-and-answer setup of an `AMAZON.QnAIntent` (`qnAIntentConfiguration`):
/// where answers are looked up and which Bedrock model writes them.
///
/// The simulator cannot call these services; the model keeps the configuration so such a bot
/// loads, is reported as needing the service, and is written back unchanged. The nested parts are
/// kept as JSON because nothing offline reads them.
public struct LexQnAIntentConfiguration: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// The knowledge source: `opensearchConfiguration`, `kendraConfiguration` or
    /// `bedrockKnowledgeStoreConfiguration`.
    public var dataSourceConfiguration: JSONValue?
    /// The Bedrock model (`modelArn`, `guardrail`, `traceStatus`, `customPrompt`).
    public var bedrockModelConfiguration: JSONValue?

    /// Creates a value; absent keys are left out of written files.
    public init(dataSourceConfiguration: JSONValue? = nil, bedrockModelConfiguration: JSONValue? = nil) {
        self.dataSourceConfiguration = dataSourceConfiguration
        self.bedrockModelConfiguration = bedrockModelConfiguration
    }
}

/// The Bedrock agent an `AMAZON.BedrockAgentIntent` hands the conversation to
/// (`bedrockAgentIntentConfiguration`), kept so such a bot loads and is written back unchanged.
public struct LexBedrockAgentIntentConfiguration: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// The agent (`bedrockAgentId`, `bedrockAgentAliasId`).
    public var bedrockAgentConfiguration: JSONValue?
    /// The knowledge base the agent uses.
    public var bedrockAgentIntentKnowledgeBaseConfiguration: JSONValue?

    /// Creates a value; absent keys are left out of written files.
    public init(
        bedrockAgentConfiguration: JSONValue? = nil, bedrockAgentIntentKnowledgeBaseConfiguration: JSONValue? = nil
    ) {
        self.bedrockAgentConfiguration = bedrockAgentConfiguration
        self.bedrockAgentIntentKnowledgeBaseConfiguration = bedrockAgentIntentKnowledgeBaseConfiguration
    }
}

/// The Amazon Q in Connect assistant an `AMAZON.QInConnectIntent` forwards to
/// (`qInConnectIntentConfiguration`).
public struct LexQInConnectIntentConfiguration: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// The assistant.
    public var qInConnectAssistantConfiguration: LexQInConnectAssistantConfiguration?

    /// Creates a value; absent keys are left out of written files.
    public init(qInConnectAssistantConfiguration: LexQInConnectAssistantConfiguration? = nil) {
        self.qInConnectAssistantConfiguration = qInConnectAssistantConfiguration
    }
}

/// The Amazon Q in Connect assistant, by ARN.
public struct LexQInConnectAssistantConfiguration: Codable, Sendable, Equatable {
    /// The assistant's ARN.
    public var assistantArn: String

    /// Creates a value.
    public init(assistantArn: String) {
        self.assistantArn = assistantArn
    }
}

/// Whether Lex logs errors of the bot (`Bot.json` `errorLogSettings`).
public struct LexErrorLogSettings: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// True to log errors.
    public var enabled: Bool

    /// Creates a value.
    public init(enabled: Bool) {
        self.enabled = enabled
    }
}

extension LexIntent {
    /// The AWS service the intent cannot work without, or `nil` for an intent the simulator can
    /// run on its own: Amazon Kendra (`kendraConfiguration`, `AMAZON.KendraSearchIntent`), Amazon
    /// Bedrock (`qnAIntentConfiguration`, `AMAZON.QnAIntent`; `bedrockAgentIntentConfiguration`,
    /// `AMAZON.BedrockAgentIntent`) or Amazon Q in Connect (`qInConnectIntentConfiguration`,
    /// `AMAZON.QInConnectIntent`). The simulator reports such intents instead of guessing answers.
    public var requiredCloudService: String? {
        let parent = parentIntentSignature ?? ""
        if kendraConfiguration != nil || parent == "AMAZON.KendraSearchIntent" { return "Amazon Kendra" }
        if qnAIntentConfiguration != nil || bedrockAgentIntentConfiguration != nil
            || parent == "AMAZON.QnAIntent" || parent == "AMAZON.BedrockAgentIntent"
        {
            return "Amazon Bedrock"
        }
        if qInConnectIntentConfiguration != nil || parent == "AMAZON.QInConnectIntent" { return "Amazon Q in Connect" }
        return nil
    }
}

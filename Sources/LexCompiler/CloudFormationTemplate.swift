import LexModel

/// The CloudFormation template that deploys a compiled bot as one `AWS::Lex::Bot` resource.
///
/// Parameters: `BotRoleArn` (the IAM role Lex runs the bot with, required); `LambdaArn` when an
/// intent uses a code hook (default empty: the bot deploys without a Lambda, and the `HasLambdaArn`
/// condition leaves the test alias unwired); `BotFileS3Bucket` and `BotFileS3Key` when the bot is
/// too large to inline and is imported from the uploaded zip instead. With a Lambda ARN, the test
/// alias (`TSTALIASID`) of every locale calls it (`CodeHookInterfaceVersion` 1.0) and a Lambda
/// permission lets Lex invoke it. Locales are built after creation (`AutoBuildBotLocales`).
/// Outputs: `BotId`, `BotArn` and `TestBotAliasId`.
struct CloudFormationTemplate {
    /// How the bot's definition reaches CloudFormation.
    enum Source {
        /// `BotLocales` inline in the template.
        case inline
        /// `BotFileS3Location` pointing at the uploaded zip, whose default key is given.
        case s3(defaultKey: String)
    }

    let export: LexBotExport
    /// The export's entities, encoded once for the tree and the template.
    let encoded: LexEncodedExport
    let usesCodeHooks: Bool

    /// The logical id of the bot resource.
    static let botResource = "Bot"
    /// The id Lex gives every bot's test alias.
    static let testAliasId = "TSTALIASID"

    /// The template: its fixed parts built as a `JSONValue`, the inline `BotLocales` converted
    /// straight from the encoded entities into the same tape.
    func template(source: Source) -> JSONDocument {
        var parameters: [String: JSONValue] = [
            "BotRoleArn": .object([
                "Type": .string("String"),
                "Description": .string("ARN of the IAM role Amazon Lex uses to run the bot"),
                "AllowedPattern": .string("^arn:aws[a-zA-Z-]*:iam::[0-9]{12}:role/.*$"),
                "MinLength": .integer(32),
                "MaxLength": .integer(2048),
            ])
        ]
        var properties: [String: JSONValue] = [
            "Name": .string(export.bot.name),
            "RoleArn": .object(["Ref": .string("BotRoleArn")]),
            "DataPrivacy": .object(["ChildDirected": .bool(export.bot.dataPrivacy.childDirected)]),
            "IdleSessionTTLInSeconds": .integer(export.bot.idleSessionTTLInSeconds),
            "AutoBuildBotLocales": .bool(true),
        ]
        if let description = export.bot.description, !description.isEmpty {
            properties["Description"] = .string(description)
        }
        switch source {
        case .inline:
            break
        case .s3(let defaultKey):
            parameters["BotFileS3Bucket"] = .object([
                "Type": .string("String"),
                "Description": .string("S3 bucket holding the uploaded bot zip (same Region as the stack)"),
                "AllowedPattern": .string("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
            ])
            parameters["BotFileS3Key"] = .object([
                "Type": .string("String"),
                "Description": .string("S3 object key of the uploaded bot zip"),
                "Default": .string(defaultKey),
                "MinLength": .integer(1),
                "MaxLength": .integer(1024),
            ])
            properties["BotFileS3Location"] = .object([
                "S3Bucket": .object(["Ref": .string("BotFileS3Bucket")]),
                "S3ObjectKey": .object(["Ref": .string("BotFileS3Key")]),
            ])
        }
        var resources: [String: JSONValue] = [:]
        var template: [String: JSONValue] = [
            "AWSTemplateFormatVersion": .string("2010-09-09"),
            "Description": .string("Amazon Lex V2 bot \(export.bot.name), compiled by meety-bot (do not edit)"),
        ]
        if usesCodeHooks {
            parameters["LambdaArn"] = .object([
                "Type": .string("String"),
                "Description": .string(
                    "ARN of the Lambda function that runs the bot's code hooks; empty deploys the bot without it"
                ),
                "Default": .string(""),
                "AllowedPattern": .string(
                    "^$|^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[a-zA-Z0-9_-]+(:[a-zA-Z0-9_$-]+)?$"
                ),
            ])
            template["Conditions"] = .object([
                "HasLambdaArn": .object([
                    "Fn::Not": .array([
                        .object(["Fn::Equals": .array([.object(["Ref": .string("LambdaArn")]), .string("")])])
                    ])
                ])
            ])
            properties["TestBotAliasSettings"] = .object([
                "Fn::If": .array([
                    .string("HasLambdaArn"), testAliasSettings, .object(["Ref": .string("AWS::NoValue")]),
                ])
            ])
            resources["LambdaInvokePermission"] = lambdaPermission
        }
        resources[Self.botResource] = .object(["Type": .string("AWS::Lex::Bot"), "Properties": .object(properties)])
        template["Parameters"] = .object(parameters)
        template["Resources"] = .object(resources)
        template["Outputs"] = outputs
        var tape = JSONTape()
        let root = tape.append(value: .object(template))
        if case .inline = source,
            let bot = tape.member(root, "Resources").flatMap({ tape.member($0, Self.botResource) }),
            let botProperties = tape.member(bot, "Properties")
        {
            let locales = CloudFormationBotLocales.botLocales(encoded, into: &tape)
            tape.setKey(locales, "BotLocales")
            tape.link(locales, to: botProperties)
        }
        return JSONDocument(tape: tape, root: root)
    }

    private var testAliasSettings: JSONValue {
        let locales = export.locales.map { locale -> JSONValue in
            .object([
                "LocaleId": .string(locale.id),
                "BotAliasLocaleSetting": .object([
                    "Enabled": .bool(true),
                    "CodeHookSpecification": .object([
                        "LambdaCodeHook": .object([
                            "CodeHookInterfaceVersion": .string("1.0"),
                            "LambdaArn": .object(["Ref": .string("LambdaArn")]),
                        ])
                    ]),
                ]),
            ])
        }
        return .object(["BotAliasLocaleSettings": .array(locales)])
    }

    private var lambdaPermission: JSONValue {
        let sourceArn =
            "arn:${AWS::Partition}:lex:${AWS::Region}:${AWS::AccountId}:bot-alias/${\(Self.botResource)}/"
            + Self.testAliasId
        return .object([
            "Type": .string("AWS::Lambda::Permission"),
            "Condition": .string("HasLambdaArn"),
            "Properties": .object([
                "Action": .string("lambda:InvokeFunction"),
                "FunctionName": .object(["Ref": .string("LambdaArn")]),
                "Principal": .string("lexv2.amazonaws.com"),
                "SourceArn": .object(["Fn::Sub": .string(sourceArn)]),
            ]),
        ])
    }

    private var outputs: JSONValue {
        .object([
            "BotId": .object([
                "Description": .string("The bot's id"),
                "Value": .object(["Ref": .string(Self.botResource)]),
            ]),
            "BotArn": .object([
                "Description": .string("The bot's ARN"),
                "Value": .object(["Fn::GetAtt": .array([.string(Self.botResource), .string("Arn")])]),
            ]),
            "TestBotAliasId": .object([
                "Description": .string("The id of the bot's test alias (the DRAFT version)"),
                "Value": .string(Self.testAliasId),
            ]),
        ])
    }
}

import Foundation
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import LexTemplates

/// Reading `AWS::Lex::Bot` resources from templates: intrinsic functions on parameter defaults, the
/// CloudFormation shapes turned back into the export's, and what cannot be read said out loud.
@Suite struct CloudFormationBotReaderTests {
    static func read(_ template: String, file: String = "template.yaml") -> (TemplateBot?, DiagnosticBag) {
        var bag = DiagnosticBag()
        let bot = CloudFormationBotReader().readBot(Array(template.utf8), file: file, into: &bag)
        return (bot, bag)
    }

    static let template = """
        Parameters:
          BotName: {Type: String, Default: ShopBot}
          Stage: {Type: String, Default: prod}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
        Mappings:
          Greetings: {prod: {text: Welcome}}
        Resources:
          Role: {Type: AWS::IAM::Role}
          Bot:
            Type: AWS::Lex::Bot
            Properties:
              Name: !Sub "${BotName}-${AWS::Region}"
              RoleArn: !GetAtt Role.Arn
              DataPrivacy: {ChildDirected: false}
              IdleSessionTTLInSeconds: 600
              Description: !If [IsProd, !Join [" ", [the, shop, bot]], staging]
              BotLocales:
                - LocaleId: en_US
                  NluConfidenceThreshold: 0.40
                  Intents:
                    - Name: Greet
                      SampleUtterances: [{Utterance: hello}]
                      IntentClosingSetting:
                        ClosingResponse:
                          MessageGroupsList:
                            - Message: {PlainTextMessage: {Value: !FindInMap [Greetings, !Ref Stage, text]}}
                        NextStep:
                          DialogAction: {Type: StartIntent}
                          Intent:
                            Name: Order
                            Slots: [{SlotName: Size, SlotValueOverride: {Shape: Scalar, Value: {InterpretedValue: large}}}]
                          SessionAttributes: [{Key: greeted, Value: "true"}]
                    - Name: Order
                      Slots:
                        - Name: Size
                          SlotTypeName: Size
                          ValueElicitationSetting:
                            SlotConstraint: Required
                            PromptSpecification:
                              MessageGroupsList: [{Message: {SSMLMessage: {Value: "<speak>Which size?</speak>"}}}]
                              MaxRetries: "2"
                    - {Name: FallbackIntent, ParentIntentSignature: AMAZON.FallbackIntent}
                  SlotTypes:
                    - Name: Size
                      SlotTypeValues: [{SampleValue: {Value: 012345}}, {SampleValue: {Value: large}}]
                      ValueSelectionSetting: {ResolutionStrategy: TOP_RESOLUTION}

        """

    @Test func intrinsicsAreEvaluatedOnParameterDefaults() throws {
        let (bot, bag) = Self.read(Self.template)
        let export = try #require(bot?.export, "\(bag.diagnostics)")
        #expect(export.bot.name == "ShopBot-us-east-1")
        #expect(export.bot.description == "the shop bot")
        #expect(export.bot.idleSessionTTLInSeconds == 600)
        #expect(
            bag.diagnostics.map(\.message).contains(
                "pseudo parameter 'AWS::Region' has no value outside a stack; 'us-east-1' is used"))
        let closing = try #require(export.locale("en_US")?.intent(named: "Greet")?.intent.intentClosingSetting)
        #expect(closing.closingResponse?.messageGroupsList.first?.message.plainTextMessage?.value == "Welcome")
    }

    @Test func nextStepsAndScalarsTakeTheExportsShape() throws {
        let (bot, _) = Self.read(Self.template)
        let locale = try #require(bot?.export.locale("en_US"))
        #expect(locale.locale.nluConfidenceThreshold == 0.4)
        let next = try #require(locale.intent(named: "Greet")?.intent.intentClosingSetting?.nextStep)
        #expect(next.dialogAction?.type == .startIntent)
        #expect(next.intent?.name == "Order")
        #expect(next.intent?.slots?["Size"]?.value?.interpretedValue == "large")
        #expect(next.sessionAttributes == ["greeted": "true"])
        let prompt = try #require(
            locale.intent(named: "Order")?.slot(named: "Size")?.valueElicitationSetting.promptSpecification)
        #expect(prompt.maxRetries == 2, "text where a number belongs is read as CloudFormation reads it")
        #expect(prompt.messageGroupsList.first?.message.ssmlMessage?.value == "<speak>Which size?</speak>")
        #expect(locale.slotType(named: "Size")?.slotTypeValues?.first?.sampleValue.value == "012345", "kept as written")
    }

    @Test func entitiesKeepTheirLines() throws {
        let (bot, _) = Self.read(Self.template)
        let sources = try #require(bot?.sources)
        #expect(sources[.intent(locale: "en_US", intent: "Order")]?.start.line == 34)
        #expect(sources[.slot(locale: "en_US", intent: "Order", slot: "Size")]?.start.line == 36)
        #expect(sources[.slotType(locale: "en_US", slotType: "Size")]?.start.line == 45)
    }

    @Test func whatOnlyAStackKnowsIsAWarningAndLeftOut() throws {
        let (bot, bag) = Self.read(
            """
            Resources:
              Bot:
                Type: AWS::Lex::Bot
                Properties:
                  Name: Shop
                  Description: !GetAtt Other.Name
                  DataPrivacy: {ChildDirected: false}
                  IdleSessionTTLInSeconds: 300
                  BotTags: [{Key: team, Value: shop}]
                  BotLocales: [{LocaleId: en_US, NluConfidenceThreshold: 0.4, CustomVocabulary: {}, Intents: []}]

            """)
        #expect(bot?.export.bot.description == nil)
        let messages = bag.diagnostics.map { "\($0.span?.start.line ?? 0) \($0.code.id) \($0.message)" }
        #expect(
            messages.contains(
                "6 template-unresolved Fn::GetAtt cannot be evaluated outside a deployed stack; the value is left out"))
        #expect(
            messages.contains(
                "9 template-ignored-property property 'BotTags' of AWS::Lex::Bot 'Bot' is not read; it is not part of the bot and is not read"
            ))
        #expect(
            messages.contains {
                $0.hasPrefix("10 template-ignored-property property 'CustomVocabulary' of locale 'en_US'")
            })
    }

    @Test func aKeyTheLexModelDoesNotReadIsNamed() throws {
        let (_, bag) = Self.read(
            """
            Resources:
              Bot:
                Type: AWS::Lex::Bot
                Properties:
                  Name: Shop
                  DataPrivacy: {ChildDirected: false}
                  IdleSessionTTLInSeconds: 300
                  BotLocales:
                    - LocaleId: en_US
                      NluConfidenceThreshold: 0.4
                      Intents:
                        - Name: FallbackIntent
                          ParentIntentSignature: AMAZON.FallbackIntent
                          QInConnectAssistant: {Arn: x}

            """)
        #expect(
            bag.diagnostics.map(\.message).contains(
                "qInConnectAssistant of intent 'FallbackIntent' is not read; meety-bot's Lex model has no such setting")
        )
    }

    @Test func aBotFromS3SeveralBotsAndNoBotAreRefused() {
        let s3 = Self.read(
            "Resources:\n  B:\n    Type: AWS::Lex::Bot\n    Properties:\n      Name: x\n      BotFileS3Location: {S3Bucket: b, S3ObjectKey: k}\n"
        )
        #expect(s3.0 == nil)
        #expect(s3.1.diagnostics.map(\.code) == [.templateBotNotInline])
        let bot =
            "    Type: AWS::Lex::Bot\n    Properties: {Name: x, DataPrivacy: {ChildDirected: false}, IdleSessionTTLInSeconds: 300, BotLocales: []}\n"
        let two = Self.read("Resources:\n  A:\n" + bot + "  B:\n" + bot)
        #expect(two.0 == nil)
        #expect(two.1.diagnostics.map(\.message) == ["the template defines 2 bots (A, B); name the one to read"])
        var bag = DiagnosticBag()
        #expect(
            CloudFormationBotReader().readBot(
                Array(("Resources:\n  A:\n" + bot + "  B:\n" + bot).utf8), file: "t", resource: "B", into: &bag)?
                .logicalId == "B")
        let none = Self.read("Resources:\n  Q: {Type: AWS::SQS::Queue}\n")
        #expect(none.1.diagnostics.map(\.code) == [.templateNoBot])
    }

    @Test func aJSONTemplateAsCDKWritesIt() throws {
        let json = """
            {"Resources": {"BotABC123": {"Type": "AWS::Lex::Bot", "Properties": {
              "Name": {"Fn::Join": ["", ["cdk-", {"Ref": "AWS::StackName"}]]},
              "DataPrivacy": {"ChildDirected": false}, "IdleSessionTTLInSeconds": 300,
              "BotLocales": [{"LocaleId": "en_GB", "NluConfidenceThreshold": 0.5, "Intents": [
                {"Name": "FallbackIntent", "ParentIntentSignature": "AMAZON.FallbackIntent"}]}]}}}}
            """
        let (bot, bag) = Self.read(json, file: "cdk.template.json")
        let export = try #require(bot?.export, "\(bag.diagnostics)")
        #expect(export.bot.name == "cdk-stack")
        #expect(export.locales.map(\.id) == ["en_GB"])
        #expect(export.locales.first?.locale.nluConfidenceThreshold == 0.5)
    }

    @Test func theRealTemplatesRead() throws {
        for name in ["aws-docs-booktrip", "aws-docs-orderflowers", "bedrock-kendra-chatbot", "connect-genai-csbot"] {
            let path = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/\(name)/template.yaml")
            var bag = DiagnosticBag()
            let bot = CloudFormationBotReader().readBot(Array(try Data(contentsOf: path)), file: name, into: &bag)
            #expect(bot != nil && !bag.hasErrors, "\(name): \(bag.diagnostics)")
        }
        let path = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/aws-docs-booktrip/template.yaml")
        var bag = DiagnosticBag()
        let export = try #require(
            CloudFormationBotReader().readBot(Array(try Data(contentsOf: path)), file: "t", into: &bag)?.export)
        let car = try #require(export.locale("en_US")?.intent(named: "BookCar"))
        #expect(car.slotsByPriority.map(\.name) == ["PickUpCity", "PickUpDate", "ReturnDate", "DriverAge", "CarType"])
    }
}

import ConversationRunner
import MeetyDiagnostics
import MeetyWorld
import Testing

@testable import MeetyBotCLI

/// `meety-bot test --store/--endpoint/--table`: option checks and the configuration diagnostics.
@Suite struct StoreSelectionTests {
    @Test func dynamoDBOptionsNeedTheDynamoDBStore() {
        #expect(throws: (any Error).self) { try TestCommand.parse(["--endpoint", "http://127.0.0.1:8000"]) }
        #expect(throws: (any Error).self) { try TestCommand.parse(["--table", "Meetings"]) }
        #expect(throws: (any Error).self) { try TestCommand.parse(["--store", "dynamo"]) }
        #expect(throws: (any Error).self) { try TestCommand.parse(["--store", "dynamodb", "--table", "no spaces"]) }
        #expect(throws: Never.self) {
            try TestCommand.parse(["--store", "dynamodb", "--endpoint", "http://127.0.0.1:8000", "--table", "Meetings"])
        }
    }

    @Test func tableNamesFollowDynamoDBsAlphabet() {
        #expect(StoreSelection.isValidTableName("Meetings-ci_1.0"))
        #expect(!StoreSelection.isValidTableName("ab"))
        #expect(!StoreSelection.isValidTableName("Meetings/prod"))
        #expect(!StoreSelection.isValidTableName(String(repeating: "a", count: 201)))
    }

    #if !AWS
        @Test func withoutDynamoDBSupportItIsAClearStoreUnavailableError() async {
            var bag = DiagnosticBag()
            let provider = await StoreSelection.dynamodb.provider(
                endpoint: "http://127.0.0.1:8000", table: "Meetings", environment: [:], into: &bag)
            #expect(provider == nil)
            #expect(bag.diagnostics.map(\.code) == [.storeUnavailable])
            #expect(bag.diagnostics.first?.message.contains("MEETY_AWS=1 swift build") == true)
        }
    #endif

    @Test func theMemoryStoreNeedsNoConfiguration() async {
        var bag = DiagnosticBag()
        let provider = await StoreSelection.memory.provider(
            endpoint: nil, table: "Meetings", environment: [:], into: &bag)
        #expect(provider is InMemoryStoreProvider)
        #expect(bag.diagnostics.isEmpty)
    }
}

import MeetyDiagnostics
import MeetyWorld
import Testing

@testable import MeetyWorldDynamoDB

/// `--store dynamodb` settings that cannot work are `store-unavailable` diagnostics before any script runs.
@Suite struct DynamoDBConnectTests {
    @Test func missingSettingsForARealEndpointAreAStoreUnavailableError() async {
        var bag = DiagnosticBag()
        let provider = await DynamoDBStoreProvider.connect(
            endpoint: nil, baseTableName: "Meetings", runID: "r1", environment: [:], into: &bag)
        #expect(provider == nil)
        #expect(bag.diagnostics.map(\.code) == [.storeUnavailable])
        #expect(bag.diagnostics.first?.message.contains("AWS_REGION") == true)
    }

    @Test func aMalformedEndpointIsAStoreUnavailableError() async {
        var bag = DiagnosticBag()
        let provider = await DynamoDBStoreProvider.connect(
            endpoint: "127.0.0.1:8000", baseTableName: "Meetings", runID: "r1", environment: [:], into: &bag)
        #expect(provider == nil)
        #expect(bag.diagnostics.first?.message.contains("invalid endpoint URL '127.0.0.1:8000'") == true)
    }

    @Test func tableNamesOfARunAreNumberedAndReadBack() {
        let name = DynamoDBStoreProvider.tableName(base: "Meetings", runID: "3f9c1a2b", number: 17)
        #expect(name == "Meetings-3f9c1a2b-17")
        #expect(DynamoDBStoreProvider.number(of: name, base: "Meetings", runID: "3f9c1a2b") == 17)
        #expect(DynamoDBStoreProvider.number(of: "Other-3f9c1a2b-1", base: "Meetings", runID: "3f9c1a2b") == nil)
    }
}

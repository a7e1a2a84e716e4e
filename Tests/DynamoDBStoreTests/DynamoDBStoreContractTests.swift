import Testing

/// The same store contract against `DynamoDBMeetingStore` on the DynamoDB API at
/// `MEETY_DYNAMODB_ENDPOINT` (moto in CI: `scripts/with-moto.sh`). Without the variable the suite
/// is reported as skipped, never as passed.
@Suite(
    "Store contract: DynamoDBMeetingStore",
    .enabled(if: DynamoDBFixture.endpoint != nil, DynamoDBFixture.skipReason))
struct DynamoDBStoreContractTests {
    @Test(arguments: ContractCheck.allCases)
    func contract(_ check: ContractCheck) async throws {
        try await check.run(on: DynamoDBFixture())
    }

    @Test func concurrentOverlappingBookingsNeverDoubleBook() async throws {
        let tally = try await ConcurrencyCheck(fixture: DynamoDBFixture()).run()
        print("concurrency [DynamoDBMeetingStore]: \(tally)")
    }
}

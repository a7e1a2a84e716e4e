import Testing

/// The store contract against `InMemoryMeetingStore`, the embedded store.
@Suite("Store contract: InMemoryMeetingStore")
struct InMemoryStoreContractTests {
    @Test(arguments: ContractCheck.allCases)
    func contract(_ check: ContractCheck) async throws {
        try await check.run(on: InMemoryFixture())
    }

    @Test func concurrentOverlappingBookingsNeverDoubleBook() async throws {
        let tally = try await ConcurrencyCheck(fixture: InMemoryFixture()).run()
        print("concurrency [InMemoryMeetingStore]: \(tally)")
    }
}

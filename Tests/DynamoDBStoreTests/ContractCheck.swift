import Testing

/// The `MeetingStore` contract (docs/lexlambda.md, "The store contract"), one case per rule. Each
/// store suite runs every case against its implementation, so the embedded and the DynamoDB
/// stores are held to the same checks.
enum ContractCheck: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case getReturnsTheRecordOrNil
    case userTextRoundTripsUnchanged
    case queryByStatusAndDateIsSorted
    case activeMeetingsArePendingAndApproved
    case listingsFollowEveryPage
    case seededOverlapsAreKeptAsGiven
    case freeSlotIsInserted
    case overlapIsAConflictAndWritesNothing
    case containedRequestIsAConflict
    case backToBackRejectedAndOtherDaysDoNotBlock
    case duplicateIDIsRefused
    case rejectedRecordIsStoredWithoutACheck
    case approvingPendingOrApprovedKeepsTheSlot
    case approvingRejectedRechecksTheSlot
    case rejectingFreesTheSlot
    case unknownIDsAreNotFound

    var testDescription: String { rawValue }

    /// Runs the check on a fresh store from `fixture`.
    func run(on fixture: any StoreFixture) async throws {
        let contract = StoreContract(fixture: fixture)
        switch self {
        case .getReturnsTheRecordOrNil: try await contract.getReturnsTheRecordOrNil()
        case .userTextRoundTripsUnchanged: try await contract.userTextRoundTripsUnchanged()
        case .queryByStatusAndDateIsSorted: try await contract.queryByStatusAndDateIsSorted()
        case .activeMeetingsArePendingAndApproved: try await contract.activeMeetingsArePendingAndApproved()
        case .listingsFollowEveryPage: try await contract.listingsFollowEveryPage()
        case .seededOverlapsAreKeptAsGiven: try await contract.seededOverlapsAreKeptAsGiven()
        case .freeSlotIsInserted: try await contract.freeSlotIsInserted()
        case .overlapIsAConflictAndWritesNothing: try await contract.overlapIsAConflictAndWritesNothing()
        case .containedRequestIsAConflict: try await contract.containedRequestIsAConflict()
        case .backToBackRejectedAndOtherDaysDoNotBlock: try await contract.backToBackRejectedAndOtherDaysDoNotBlock()
        case .duplicateIDIsRefused: try await contract.duplicateIDIsRefused()
        case .rejectedRecordIsStoredWithoutACheck: try await contract.rejectedRecordIsStoredWithoutACheck()
        case .approvingPendingOrApprovedKeepsTheSlot: try await contract.approvingPendingOrApprovedKeepsTheSlot()
        case .approvingRejectedRechecksTheSlot: try await contract.approvingRejectedRechecksTheSlot()
        case .rejectingFreesTheSlot: try await contract.rejectingFreesTheSlot()
        case .unknownIDsAreNotFound: try await contract.unknownIDsAreNotFound()
        }
    }
}

import Foundation
import MeetyDiagnostics
import MeetyWorld

#if AWS
    import MeetyWorldDynamoDB
#endif

/// `--store`: where each script's Meetings records live.
///
/// `memory` (the default) is an in-memory store per script. `dynamodb` runs the same scripts
/// against a DynamoDB API (moto, DynamoDB Local or AWS) with a table per script, so the
/// production store is held to the conversation suite too.
enum StoreSelection: String, CaseIterable {
    /// An `InMemoryMeetingStore` per script.
    case memory
    /// A DynamoDB table per script (`DynamoDBStoreProvider`).
    case dynamodb

    /// Whether `name` can prefix a DynamoDB table name (`[A-Za-z0-9_.-]`, 3 to 200 characters,
    /// leaving room for the per-script suffix).
    static func isValidTableName(_ name: String) -> Bool {
        (3...200).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || $0 == "_" || $0 == "." || $0 == "-"
            }
    }

    /// The provider for this selection, or `nil` after recording a `store-unavailable` error.
    func provider(
        endpoint: String?, table: String, fixedTable: Bool = false, environment: [String: String],
        into bag: inout DiagnosticBag
    ) async -> (any MeetingStoreProvider)? {
        switch self {
        case .memory:
            return InMemoryStoreProvider()
        case .dynamodb:
            #if AWS
                // A run id keeps this run's tables apart from other runs against the same endpoint.
                let runID = String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16)
                return await DynamoDBStoreProvider.connect(
                    endpoint: endpoint, baseTableName: table, runID: runID, fixedTable: fixedTable,
                    environment: environment, into: &bag)
            #else
                bag.error(
                    .storeUnavailable,
                    "--store dynamodb: this meety-bot was built without AWS support; build it with "
                        + "'MEETY_AWS=1 swift build' (or run 'MEETY_AWS=1 swift run meety-bot ...')",
                    at: nil)
                return nil
            #endif
        }
    }
}

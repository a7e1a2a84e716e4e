import MeetyAWS

/// How a `DynamoDBMeetingStore` uses its table.
///
/// The defaults are MeetyBot's production table; tests shrink `pageLimit` so that a handful of
/// records already spans several pages, which exercises the `LastEvaluatedKey` loops.
public struct DynamoDBStoreOptions: Sendable, Equatable {
    /// The Meetings table.
    public var tableName: String
    /// The GSI with hash key `status` and range key `date`.
    public var indexName: String
    /// `Limit` of each Query and Scan page; `nil` lets DynamoDB fill 1 MB pages.
    public var pageLimit: Int?
    /// How often a booking or an approval is retried when another writer changed the same day
    /// between its read and its transaction, and how long it backs off in between.
    public var contention: RetryPolicy

    /// Creates options.
    public init(
        tableName: String = "Meetings",
        indexName: String = "StatusIndex",
        pageLimit: Int? = nil,
        contention: RetryPolicy = RetryPolicy(
            maximumAttempts: 25, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(320))
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.pageLimit = pageLimit.map { max(1, $0) }
        self.contention = contention
    }
}

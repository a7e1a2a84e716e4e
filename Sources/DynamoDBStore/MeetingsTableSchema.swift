import MeetyAWS

/// The Meetings table's definition, as the original scheduler's template declares it: hash key
/// `meetingId`; GSI `StatusIndex` with hash `status`, range `date` and projection ALL;
/// on-demand billing.
///
/// One definition serves `createTableIfMissing()` (tests, `meety-bot test --store dynamodb`) and
/// is mirrored by `deploy/meety-lex-lambda.template.yaml`.
enum MeetingsTableSchema {
    /// The `CreateTable` input for a table named `table` with index `index`.
    static func createTableInput(table: String, index: String) -> AWSJSON {
        [
            "TableName": .string(table),
            "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [
                ["AttributeName": "meetingId", "AttributeType": "S"],
                ["AttributeName": "status", "AttributeType": "S"],
                ["AttributeName": "date", "AttributeType": "S"],
            ],
            "KeySchema": [["AttributeName": "meetingId", "KeyType": "HASH"]],
            "GlobalSecondaryIndexes": [
                [
                    "IndexName": .string(index),
                    "KeySchema": [
                        ["AttributeName": "status", "KeyType": "HASH"],
                        ["AttributeName": "date", "KeyType": "RANGE"],
                    ],
                    "Projection": ["ProjectionType": "ALL"],
                ]
            ],
        ]
    }

    /// Whether a `DescribeTable` answer shows the table and all its indexes `ACTIVE`.
    static func isActive(_ description: AWSJSON) -> Bool {
        guard let table = description["Table"], table["TableStatus"]?.stringValue == "ACTIVE" else { return false }
        let indexes = table["GlobalSecondaryIndexes"]?.arrayValue ?? []
        return indexes.allSatisfy { ($0["IndexStatus"]?.stringValue ?? "ACTIVE") == "ACTIVE" }
    }

    /// Whether a `DescribeTable` answer has the index `index` with hash `status` and range `date`.
    static func hasStatusIndex(_ description: AWSJSON, index: String) -> Bool {
        let indexes = description["Table"]?["GlobalSecondaryIndexes"]?.arrayValue ?? []
        guard let match = indexes.first(where: { $0["IndexName"]?.stringValue == index }) else { return false }
        let keys = (match["KeySchema"]?.arrayValue ?? []).compactMap { key -> String? in
            guard let name = key["AttributeName"]?.stringValue, let type = key["KeyType"]?.stringValue else {
                return nil
            }
            return "\(name):\(type)"
        }
        return Set(keys) == ["status:HASH", "date:RANGE"]
    }
}

import Foundation
import MeetyAWS

/// A transport to a real DynamoDB API whose `StatusIndex` lags: Query answers leave out the
/// items with hidden ids, as a GSI does for a few milliseconds after a write. Everything else
/// passes through unchanged.
actor LaggingIndexTransport: HTTPTransport {
    private let inner = AsyncHTTPClientTransport()
    private var hidden: Set<String> = []

    /// Hides these records from index queries from now on.
    func hide(_ ids: Set<String>) {
        hidden = ids
    }

    func send(_ request: HTTPRequestData, timeout: Duration?) async throws -> HTTPResponseData {
        var response = try await inner.send(request, timeout: timeout)
        guard request.header("X-Amz-Target") == "DynamoDB_20120810.Query", response.status == 200,
            var document = AWSJSON.decode(response.body)?.objectValue, let items = document["Items"]?.arrayValue
        else { return response }
        let visible = items.filter { item in
            guard let id = item["meetingId"]?["S"]?.stringValue else { return true }
            return !hidden.contains(id)
        }
        document["Items"] = .array(visible)
        document["Count"] = .number(Double(visible.count))
        response.body = AWSJSON.object(document).encoded()
        return response
    }
}

/// A request path of the Runtime API (version 2018-06-01), parsed.
enum RuntimeAPIRoute: Equatable {
    case next
    case response(requestID: String)
    case error(requestID: String)
    case initError
    /// A known path with the wrong method.
    case methodNotAllowed
    /// Not a Runtime API path.
    case notFound

    static let prefix = "/2018-06-01/runtime/"

    /// Parses a method and a request target (a query string is ignored).
    static func parse(method: String, uri: String) -> RuntimeAPIRoute {
        let path =
            uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix(prefix) else { return .notFound }
        let parts = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        let route: RuntimeAPIRoute
        let expected: String
        switch parts.count {
        case 2 where parts[0] == "invocation" && parts[1] == "next":
            (route, expected) = (.next, "GET")
        case 2 where parts[0] == "init" && parts[1] == "error":
            (route, expected) = (.initError, "POST")
        case 3 where parts[0] == "invocation" && !parts[1].isEmpty && parts[2] == "response":
            (route, expected) = (.response(requestID: String(parts[1]).removingPercentEncodingSafely), "POST")
        case 3 where parts[0] == "invocation" && !parts[1].isEmpty && parts[2] == "error":
            (route, expected) = (.error(requestID: String(parts[1]).removingPercentEncodingSafely), "POST")
        default:
            return .notFound
        }
        return method == expected ? route : .methodNotAllowed
    }
}

extension String {
    /// The string with `%XX` escapes decoded; unchanged when it has none or they are malformed.
    fileprivate var removingPercentEncodingSafely: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { return self }
            bytes.append(value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

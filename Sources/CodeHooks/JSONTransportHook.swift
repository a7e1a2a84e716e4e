import Foundation

/// A code hook reached through JSON bytes: a Lambda invoke, an external process, or (in tests)
/// `CodeHookJSON.invoke` on another hook. The simulator calls it like any in-process hook.
///
/// Each event is written with the wire encoder and the reply is decoded as a response; an
/// unreadable reply throws `CodeHookJSONError` naming the field at fault.
public struct JSONTransportHook: CodeHook {
    /// Sends one event's JSON and returns the response's JSON.
    public typealias Transport = @Sendable (Data) async throws -> Data

    private let transport: Transport

    /// Creates a hook that sends every event through `transport`.
    public init(_ transport: @escaping Transport) {
        self.transport = transport
    }

    /// Encodes the event, sends it, and decodes the reply.
    public func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        let request = try CodeHookJSON.encode(event)
        let reply = try await transport(request)
        return try CodeHookJSON.decodeResponse(reply)
    }
}

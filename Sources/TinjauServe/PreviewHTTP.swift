import FlyingSocks
import Foundation

/// A request to the preview server: only what `tinjau serve` looks at.
public struct PreviewRequest: Sendable, Equatable {
    /// The method as sent (`GET`, `HEAD`, …).
    public var method: String
    /// The request target as sent, with its query (`/opd/a/index.html?x=1`).
    public var path: String

    /// Creates a request.
    public init(method: String, path: String) {
        self.method = method
        self.path = path
    }
}

/// A response of the preview server, always sent with `Content-Length` and `Connection: close`.
public struct PreviewResponse: Sendable, Equatable {
    /// The status code (200, 404, 405, 500).
    public var status: Int
    /// Header lines in the order they are sent, without `Content-Length` and `Connection`.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.status == b.status && a.body == b.body && a.headers.map { [$0.name, $0.value] } == b.headers.map { [$0.name, $0.value] }
    }
}

/// The HTTP/1.1 of `tinjau serve`: one request per connection, request line and headers only (a
/// preview never needs a request body), on 127.0.0.1.
///
/// It stands on FlyingSocks (the socket layer of FlyingFox) rather than FlyingFox's HTTP server:
/// FlyingFox links `FoundationNetworking` (for its proxy handler), which a statically linked
/// binary (`make dist`) can only carry together with libcurl and OpenSSL.
public enum PreviewHTTP {
    /// The most bytes of a request head read before the connection is closed (16 KiB).
    public static let maximumHeadSize = 16 * 1024

    /// Parses the head of a request (its bytes up to the blank line): `METHOD TARGET HTTP/1.x`.
    /// - Returns: `nil` when the request line is malformed or the target does not start with `/`.
    public static func parse(head: [UInt8]) -> PreviewRequest? {
        guard let end = head.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        var line = head[..<end]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, let method = String(bytes: parts[0], encoding: .ascii), !method.isEmpty,
            let target = String(bytes: parts[1], encoding: .ascii), target.hasPrefix("/"),
            let version = String(bytes: parts[2], encoding: .ascii), version.hasPrefix("HTTP/1.")
        else { return nil }
        return PreviewRequest(method: method, path: target)
    }

    /// The bytes of `response` on the wire (no body for `HEAD`).
    public static func encode(_ response: PreviewResponse, includeBody: Bool = true) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for header in response.headers { head += "\(header.name): \(header.value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (includeBody ? response.body : [])
    }

    /// The reason phrase of the status codes the preview uses.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        default: "Internal Server Error"
        }
    }

    /// Opens a listening socket on 127.0.0.1 (`port` 0 lets the system choose one).
    /// - Throws: `SocketError` when the port cannot be opened.
    public static func listen(port: UInt16) throws -> Socket {
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: .inet(ip4: "127.0.0.1", port: port))
        try socket.listen()
        return socket
    }

    /// The port `socket` listens on.
    public static func port(of socket: Socket) -> UInt16? {
        if case .ip4(_, let port)? = try? socket.sockname() { return port }
        return nil
    }

    /// Accepts connections on `socket` until the task is cancelled, answering each with `handler`.
    /// - Throws: when the socket fails.
    public static func serve(_ socket: Socket, handler: @escaping @Sendable (PreviewRequest) async -> PreviewResponse) async throws {
        let pool = SocketPool<Poll>.make()
        try await pool.prepare()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await connection in listener.sockets {
                        connections.addTask { await answer(connection, handler: handler) }
                    }
                }
            }
            defer { try? socket.close() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Reads one request head from `connection`, answers it and closes the connection.
    static func answer(_ connection: AsyncSocket, handler: @Sendable (PreviewRequest) async -> PreviewResponse) async {
        defer { try? connection.close() }
        var head: [UInt8] = []
        do {
            // The head ends at a blank line (CRLF CRLF, or LF LF from lenient clients).
            while !head.containsSequence([13, 10, 13, 10]) && !head.containsSequence([10, 10]) {
                guard head.count < maximumHeadSize else {
                    try await connection.write(Data(encode(PreviewResponse(status: 431, headers: [], body: []))))
                    return
                }
                head += try await connection.read(atMost: 4096)
            }
            guard let request = parse(head: head) else {
                try await connection.write(Data(encode(PreviewResponse(status: 400, headers: [], body: []))))
                return
            }
            let response: PreviewResponse
            if request.method == "GET" || request.method == "HEAD" {
                response = await handler(request)
            } else {
                response = PreviewResponse(status: 405, headers: [("Allow", "GET, HEAD")], body: [])
            }
            try await connection.write(Data(encode(response, includeBody: request.method != "HEAD")))
        } catch {
            // The browser went away; nothing to answer.
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

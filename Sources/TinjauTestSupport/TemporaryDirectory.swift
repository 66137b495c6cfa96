import Foundation

/// A folder under the system's temporary directory (`$TMPDIR`), removed with everything in it when
/// the value is released. Keep the value alive for as long as the folder is used (a test holds it in
/// a `let` to its end, or uses ``withTemporaryDirectory(_:)``).
public final class TemporaryDirectory {
    /// The folder's absolute path, without a trailing `/`.
    public let path: String

    /// Creates an empty folder named `tinjau-test-<UUID>`.
    /// - Throws: the error of `FileManager.createDirectory` (for example when `$TMPDIR` is not writable).
    public init() throws {
        path = NSTemporaryDirectory() + "tinjau-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs `body` with the path of a new temporary folder and removes the folder when `body` returns or
/// throws.
/// - Throws: the error of creating the folder, or the error `body` throws.
public func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let directory = try TemporaryDirectory()
    return try withExtendedLifetime(directory) { try body(directory.path) }
}

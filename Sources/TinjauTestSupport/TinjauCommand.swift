import Foundation

/// The folder of the built products (`.build/<triple>/debug/`), where `tinjau` sits beside the test
/// bundle: the folder of the bundle on macOS (`xctest` loads it), the folder of the running test
/// executable elsewhere. `TINJAU_BINARY` names another `tinjau` (for example a release build).
public var tinjauExecutable: URL {
    if let path = ProcessInfo.processInfo.environment["TINJAU_BINARY"] { return URL(fileURLWithPath: path) }
    #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("tinjau")
        }
    #endif
    return Bundle.main.bundleURL.appendingPathComponent("tinjau")
}

/// Runs the built `tinjau` with `arguments` in `directory`, with `environment` added to this
/// process's, and waits for it.
/// - Returns: its exit status and everything it wrote to standard output and standard error (UTF-8).
/// - Throws: the error of `Process.run()` (for example when `tinjau` has not been built).
public func runTinjau(_ arguments: [String], environment: [String: String] = [:], in directory: String = packageRoot) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    let process = Process()
    process.executableURL = tinjauExecutable
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

/// Copies every file under `source` to the same relative path under `destination` (folders are made
/// as needed), for a test that edits a copy of a fixture.
/// - Throws: the file-system error of reading or writing a file.
public func copyFolder(_ source: String, to destination: String) throws {
    let fs = FileManager.default
    guard let files = fs.enumerator(atPath: source) else { return }
    for case let relative as String in files {
        var isDirectory: ObjCBool = false
        guard fs.fileExists(atPath: source + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        let target = destination + "/" + relative
        try fs.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try fs.copyItem(atPath: source + "/" + relative, toPath: target)
    }
}

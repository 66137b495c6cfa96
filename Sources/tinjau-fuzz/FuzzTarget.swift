// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`LLVMFuzzerRunDriver` is libFuzzer's C symbol.)
// libFuzzer entry point over the whole pipeline: front matter, YAML, Markdown,
// validation, aggregation, templates and SVG. Built only by `make fuzz`
// (`-sanitize=fuzzer`); `main` hands control to libFuzzer's driver.
import Foundation
import TinjauKit
import TinjauTestSupport

/// The default theme, read once from disk into memory so that each run is fast.
nonisolated(unsafe) let fileSystem: InMemoryFileSystem = {
    var files: [String: String] = [
        "c/tinjau.yml": "judul: Fuzz\nwilayah: Kabupaten Fuzz\ntahun_review: 2020\nmasterplan:\n  tahun_mulai: 2018\n  tahun_selesai: 2023\n",
        "c/opd/dinas-a/_index.md": "---\nnama: Dinas A\noperator_ti: 1\n---\nDinas A.\n",
        "c/halaman/pengantar.md": "---\njudul: Pengantar\n---\nLihat [program](/opd/dinas-a/uji.md) dan {{skor.governance}}.\n",
    ]
    let templates = ProcessInfo.processInfo.environment["TINJAU_TEMPLATES"] ?? "templates"
    let local = LocalFileSystem()
    for entry in (try? local.listRecursively(templates)) ?? [] where entry.kind == .file {
        if let bytes = try? local.read(templates + "/" + entry.relativePath) {
            files["t/" + entry.relativePath] = String(decoding: bytes, as: UTF8.self)
        }
    }
    return InMemoryFileSystem(files: files)
}()

#if TINJAU_FUZZ
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @main
    struct FuzzMain {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
        }
    }
#else
    /// Without libFuzzer (a plain `swift build`) the target only explains how to run it.
    @main
    struct FuzzMain {
        static func main() {
            FileHandle.standardError.write(Data("tinjau-fuzz: build and run it with `make fuzz` (libFuzzer, -sanitize=fuzzer)\n".utf8))
            exit(2)
        }
    }
#endif

/// One input: the bytes become a programme file of a small site, which is built in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    try? fileSystem.write(bytes, to: "c/opd/dinas-a/uji.md")
    let builder = SiteBuilder(fileSystem: fileSystem)
    if let prepared = try? builder.prepare(BuildOptions(contentDirectory: "c", templatesDirectory: "t", outputDirectory: "o")) {
        // Every page must be valid UTF-8 and must never carry an unescaped script tag from the input.
        for file in prepared.files where file.path.hasSuffix(".html") {
            if String(decoding: file.bytes, as: UTF8.self).contains("<script>alert") { fatalError("script reached \(file.path)") }
        }
    }
    return 0
}

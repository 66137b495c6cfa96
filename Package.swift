// swift-tools-version:6.0
// tinjau: a static report-site generator for smart-city programme reviews.
import PackageDescription

let package = Package(
    name: "tinjau",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tinjau", targets: ["tinjau"]),
        .library(name: "TinjauKit", targets: ["TinjauKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Exact arithmetic for every published figure (rationals on arbitrary-precision integers).
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        // FilePath (one lexical normalisation of paths) and file descriptors for the writer
        // (Foundation's `Data.write` calls fsync on every file).
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // SHA-256 of source files: the keys of the build cache (a wrong hit would publish a stale page).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The system C library libcmark (Debian: libcmark-dev), CommonMark's reference parser.
        // No pkg-config: its `-lcmark` would link the shared library; TinjauKit links the archive.
        .systemLibrary(name: "CCmark"),
        // The pipeline: load → parse → validate → aggregate → render → write.
        .target(
            name: "TinjauKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // libcmark linked statically on Linux (Debian's libcmark-dev ships libcmark.a), so that the
            // binary needs no libcmark at run time (`make dist`); the shared library elsewhere.
            linkerSettings: [
                .linkedLibrary(":libcmark.a", .when(platforms: [.linux])),
                .linkedLibrary("cmark", .when(platforms: [.macOS])),
            ]
        ),
        // `tinjau serve`: a local preview server with rebuild on change and live reload.
        .target(
            name: "TinjauServe",
            dependencies: [
                "TinjauKit",
                // Only the socket layer: FlyingFox's HTTP server links FoundationNetworking (libcurl).
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The command-line interface.
        .executableTarget(
            name: "tinjau",
            dependencies: [
                "TinjauKit",
                "TinjauServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over the whole pipeline; built by `make fuzz` with -sanitize=fuzzer.
        .executableTarget(
            name: "tinjau-fuzz",
            dependencies: ["TinjauKit", "TinjauTestSupport"]
        ),
        // What tests share and the command line does not need: the in-memory file system, the
        // fixture paths, temporary folders and golden files (`Snapshot`, re-recorded with TINJAU_RECORD=1).
        .target(
            name: "TinjauTestSupport",
            dependencies: ["TinjauKit", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .testTarget(
            name: "TinjauKitTests",
            dependencies: [
                "TinjauKit", "TinjauTestSupport", "TinjauServe", "tinjau", .product(name: "BigInt", package: "BigInt"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

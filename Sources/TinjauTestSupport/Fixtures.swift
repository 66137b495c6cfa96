import Foundation

/// The package's root folder, found from this source file (`Sources/TinjauTestSupport/Fixtures.swift`).
public let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The test fixtures: small content folders (`mini`, `galeri/<scenario>`, `hostile`, `e2e`) and the
/// golden files recorded from them (`…/expected/`).
public let fixtures = packageRoot + "/Tests/TinjauKitTests/Fixtures"

/// The shipped theme (`templates/`), which the golden files are rendered with.
public let shippedTemplates = packageRoot + "/templates"

import Foundation

/// One file of a theme: its path relative to the theme folder (`layout.mustache`,
/// `partials/header.mustache`, `assets/style.css`) and its bytes.
public struct ThemeFile: Sendable, Equatable {
    /// Path relative to the theme folder, with `/` separators.
    public var path: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates a theme file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The default theme, compiled into the binary: the `templates/` folder of tinjau's repository,
/// byte for byte, so that `tinjau build` works in a folder holding only `content/`.
///
/// A project's own theme folder is laid over it file by file (``TemplateLoader``). The files are
/// generated into `EmbeddedTheme+Files.swift` by `scripts/embed_theme.py` (`make theme`);
/// SwiftPM resources are not used because `Bundle.module` is a folder beside the binary, not
/// inside it. `EmbeddedThemeTests` fails while the generated file differs from `templates/`.
public enum EmbeddedTheme {
    /// Where diagnostics place a file of the embedded theme: `(tema bawaan)/layout.mustache`.
    public static let displayRoot = "(tema bawaan)"

    /// Every file of the theme, sorted by path (byte order).
    public static let files: [ThemeFile] = sources.map { source in
        let bytes = source.isBase64 ? [UInt8](Data(base64Encoded: source.literal) ?? Data()) : Array(source.literal.utf8)
        return ThemeFile(path: source.path, bytes: bytes)
    }

    /// The Indonesian interface texts of the theme (`i18n/id.yml`): what code outside the pipeline's
    /// theme uses (a ``BodyRenderer`` made without the theme's texts).
    public static let texts: Translations =
        files.first { $0.path == "i18n/id.yml" }.flatMap { Translations.read($0.bytes, path: $0.path, language: "id").0 } ?? .empty("id")
}

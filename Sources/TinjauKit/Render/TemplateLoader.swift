import Mustache

/// The templates of a theme, loaded and checked, plus the static assets to copy.
public struct TemplateSet: Sendable {
    /// The Mustache templates, named by path without `.mustache` (`partials/header`).
    public var library: MustacheLibrary
    /// Static files under `templates/assets/`, relative to `templates/` (`assets/style.css`), with their bytes.
    public var assets: [(path: String, bytes: [UInt8])]
    /// Names of all templates, sorted.
    public var names: [String]
}

/// Loads a theme folder (`templates/`): every `*.mustache` file through
/// swift-mustache, and every file under `assets/`.
///
/// swift-mustache renders a missing partial or parent as an empty string; this
/// loader refuses that instead: every `{{> name}}` and `{{< name}}` must name an
/// existing template, and every template the site needs must exist.
public struct TemplateLoader: Sendable {
    /// Templates the site renderer needs, one per kind of page.
    public static let requiredTemplates = ["home", "dimension-list", "dimension", "opd-list", "opd", "program-list", "program", "page"]

    /// The file system to read.
    public var fileSystem: any FileSystem

    /// Creates a loader over `fileSystem`.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Loads `directory`.
    /// - Returns: the template set (nil on any error) and the diagnostics: Mustache syntax errors with
    ///   their line and column, references to missing partials or parents, missing required templates.
    public func load(from directory: String) -> (TemplateSet?, [Diagnostic]) {
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        guard fileSystem.isDirectory(root) else {
            return (nil, [Diagnostic(.error, "templates.missing", at: SourceLocation(path: root),
                                     "folder templat `\(root)` tidak ditemukan",
                                     hint: "jalankan tinjau dari folder proyek, atau sebutkan foldernya dengan `--templates FOLDER`")])
        }
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: (path: String, text: String)] = [:]
        var assets: [(String, [UInt8])] = []
        let entries: [FileEntry]
        do { entries = try fileSystem.listRecursively(root) } catch {
            return (nil, [Diagnostic(.error, "templates.unreadable", at: SourceLocation(path: root), "folder templat tidak dapat dibaca: \(error)")])
        }
        for entry in entries where !entry.relativePath.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let path = root + "/" + entry.relativePath
            if entry.kind == .symlink {
                diagnostics.append(Diagnostic(.error, "path.symlink", at: SourceLocation(path: path),
                                              "`\(entry.relativePath)` adalah tautan simbolik; tinjau tidak mengikutinya",
                                              hint: "salin berkas aslinya ke tempat ini"))
                continue
            }
            guard entry.kind == .file else { continue }
            let bytes: [UInt8]
            do { bytes = try fileSystem.read(path) } catch {
                diagnostics.append(Diagnostic(.error, "file.unreadable", at: SourceLocation(path: path), "berkas tidak dapat dibaca: \(error)"))
                continue
            }
            if entry.relativePath.hasPrefix("assets/") {
                assets.append((entry.relativePath, bytes))
            } else if entry.relativePath.hasSuffix(".mustache") {
                let text: String
                switch SourceText.decode(bytes, path: path) {
                case .success(let source): text = source.text
                case .failure(let d): diagnostics.append(d); continue
                }
                let name = String(entry.relativePath.dropLast(".mustache".count))
                do {
                    templates[name] = try MustacheTemplate(string: text)
                    sources[name] = (path, text)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(Diagnostic(.error, "template.syntax",
                        at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                        "templat Mustache tidak sah: \(Self.describe(error.error))",
                        hint: "periksa pasangan `{{#…}}`/`{{/…}}` dan kurung kurawal di baris ini: \(error.context.line.trimmingCharacters(in: .whitespaces))"))
                } catch {
                    diagnostics.append(Diagnostic(.error, "template.syntax", at: SourceLocation(path: path), "templat Mustache tidak sah: \(error)"))
                }
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in Self.references(in: source.text) where templates[reference.name] == nil && sources[reference.name] == nil {
                let kind = reference.isParent ? "templat induk" : "partial"
                let candidates = sources.keys.sorted()
                diagnostics.append(Diagnostic(.error, "template.reference", at: SourceLocation(path: source.path, line: reference.line, column: reference.column),
                    "\(kind) `\(reference.name)` yang dipakai templat `\(name)` tidak ada",
                    hint: Suggestion.nearest(reference.name, among: candidates).map { "maksud Anda `\($0)`? Berkasnya: `\(root)/\($0).mustache`" }
                        ?? "buat `\(root)/\(reference.name).mustache`, atau perbaiki namanya"))
            }
        }
        for required in Self.requiredTemplates where sources[required] == nil {
            diagnostics.append(Diagnostic(.error, "template.required", at: SourceLocation(path: root + "/" + required + ".mustache"),
                "templat `\(required).mustache` yang dibutuhkan tidak ada", hint: "salin berkas ini dari tema bawaan tinjau (folder `templates/`)"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (TemplateSet(library: MustacheLibrary(templates: templates), assets: assets.sorted { $0.0 < $1.0 },
                            names: sources.keys.sorted()), diagnostics)
    }

    /// Partial (`{{> name}}`) and parent (`{{< name}}`) references with their 1-based positions.
    static func references(in text: String) -> [(name: String, isParent: Bool, line: Int, column: Int)] {
        var result: [(String, Bool, Int, Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let inside = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = inside.first, sigil == ">" || sigil == "<" {
                    let name = inside.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty && !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        result.append((name, sigil == "<", lineIndex + 1, column))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return result
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "penutup bagian `{{/…}}` tidak sesuai dengan pembukanya"
        case .unfinishedName: return "nama tag tidak selesai (kurang `}}`)"
        case .expectedSectionEnd: return "bagian `{{#…}}` tidak ditutup dengan `{{/…}}`"
        case .invalidSetDelimiter: return "tag pengganti pembatas tidak sah"
        case .transformAppliedToInheritanceSection: return "transformasi tidak boleh dipakai pada bagian pewarisan"
        case .illegalTokenInsideInheritSection: return "tag tidak sah di dalam `{{<…}}`"
        case .textInsideInheritSection: return "teks tidak boleh berada langsung di dalam `{{<…}}`; taruh di dalam `{{$blok}}`"
        default: return "\(error)"
        }
    }
}

import Foundation

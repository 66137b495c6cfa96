import Foundation
import Yams

/// Turns the errors of Yams (libyaml) into positioned diagnostics in the editors'
/// language: libyaml's English problem text is translated (and kept in the English
/// message), the position is moved to where the fix goes when libyaml notices the
/// problem later (an unclosed quote or bracket, a line without a colon), and the
/// hint is written for the usual cause, with the corrected line when it can be known.
enum YAMLErrorDiagnostics {
    /// The diagnostics for `error`, raised while composing `yaml`, whose line 1 is line
    /// `lineOffset + 1` of the file at `path`.
    static func diagnostics(for error: YamlError, path: String, lineOffset: Int, yaml: String) -> [Diagnostic] {
        let lines = YAMLLines(yaml)
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return [syntax(context: context, problem: problem, mark: mark, lines: lines, path: path, lineOffset: lineOffset)]
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKeys(duplicates, mark: context.mark, lines: lines, path: path, lineOffset: lineOffset)
        case .reader(let problem, let offset, let value, _):
            var location = SourceLocation(path: path, line: lineOffset + 1, column: 1)
            if let offset, offset >= 0, offset <= yaml.utf8.count {
                let before = String(decoding: yaml.utf8.prefix(offset), as: UTF8.self)
                let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
                location = SourceLocation(
                    path: path, line: beforeLines.count + lineOffset,
                    column: (beforeLines.last?.unicodeScalars.count ?? 0) + 1)
            }
            if problem.contains("control characters are not allowed") {
                return [
                    Diagnostic(
                        DiagnosticMessage(
                            .yamlReader,
                            "YAML tidak dapat dibaca: ada karakter kendali tak terlihat (kode \(value)), biasanya tersalin dari PDF atau lembar kerja",
                            en:
                                "the YAML cannot be read: \(problem) (an invisible control character, code \(value), usually pasted from a PDF or a spreadsheet)",
                            hint:
                                "ketik ulang baris ini; editor yang menampilkan karakter tak terlihat (VS Code: Render Control Characters) membantu menemukannya",
                            hintEN: "retype this line; an editor that shows invisible characters (VS Code: Render Control Characters) helps find it"),
                        at: location)
                ]
            }
            return [
                Diagnostic(
                    DiagnosticMessage(
                        .yamlReader, "YAML tidak dapat dibaca: \(problem)", en: "the YAML cannot be read: \(problem)",
                        hint: "simpan berkas sebagai teks UTF-8", hintEN: "save the file as UTF-8 text"),
                    at: location)
            ]
        default:
            return [Diagnostic(.unreadableYAML(error), at: SourceLocation(path: path, line: lineOffset + 1, column: 1))]
        }
    }

    // MARK: - Syntax errors

    /// `key: "value"` for the line `number`: the text before the line's first `: ` and the
    /// value after it, or `nil` when the line has no `key: ` part.
    private static func keyAndValue(_ lines: YAMLLines, _ number: Int) -> (key: String, value: String, valueColumn: Int)? {
        let line = lines[number]
        let indentation = line.prefix { $0 == " " || $0 == "-" }.count
        guard let start = lines.valueStart(line: number, keyColumn: indentation) else { return nil }
        var keyEnd = start - 1
        while keyEnd > indentation && (line[keyEnd - 1] == " " || line[keyEnd - 1] == "\t" || line[keyEnd - 1] == ":") { keyEnd -= 1 }
        let key = YAMLLines.text(line[indentation..<keyEnd])
        return (key, lines.rest(of: number, from: start), start)
    }

    /// The index of the first `:` followed by a blank (or the end of the line) in `line`.
    private static func firstKeyColon(_ line: [Unicode.Scalar]) -> Int? {
        line.indices.first { line[$0] == ":" && ($0 + 1 == line.count || line[$0 + 1] == " " || line[$0 + 1] == "\t") }
    }

    /// The previous line that is neither blank nor a comment.
    private static func previousContentLine(_ lines: YAMLLines, before number: Int) -> Int? {
        var n = number - 1
        while n >= 1 {
            if !YAMLLines.isBlankOrComment(lines[n]) { return n }
            n -= 1
        }
        return nil
    }

    private static func syntax(
        context: YamlError.Context?, problem: String, mark: Mark, lines: YAMLLines, path: String,
        lineOffset: Int
    ) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(path: path, line: line + lineOffset, column: column) }
        let contextText = context?.text ?? ""
        let line = lines[mark.line]
        let end = lineOffset > 0 ? "akhir front matter" : "akhir berkas"
        let endEN = lineOffset > 0 ? "the end of the front matter" : "the end of the file"
        var location = at(mark.line, mark.column)
        var code = DiagnosticCode.yamlSyntax
        /// Indonesian problem, English explanation added to libyaml's text (or nil).
        var message: String
        var explanation: String?
        var hint: (id: String, en: String) = (
            "periksa indentasi (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip yang berpasangan",
            "check the indentation (spaces, not tabs), the colon after each field name, and that quotes come in pairs"
        )
        let tabHint = (
            "YAML tidak menerima tab untuk indentasi; ganti tab dengan spasi",
            "YAML does not accept tabs for indentation; replace the tabs with spaces"
        )

        if problem.contains("found unexpected end of stream"), contextText.contains("quoted scalar"), let open = context?.mark {
            // An unclosed quote: libyaml reads to the end; the fix goes where the quote opens.
            let quote = open.column - 1 < lines[open.line].count ? String(lines[open.line][open.column - 1]) : "\""
            location = at(open.line, open.column)
            message = "tanda kutip `\(quote)` yang dibuka di sini tidak pernah ditutup, sehingga YAML membaca sampai \(end)"
            explanation = "the quote `\(quote)` opened here is never closed, so YAML reads on to \(endEN)"
            let written = YAMLLines.text(lines[open.line]).trimmingCharacters(in: .whitespaces) + quote
            hint = ("tutup tanda kutip di akhir nilai: `\(written)`", "close the quote at the end of the value: `\(written)`")
        } else if problem.contains("did not find expected key") || problem.contains("did not find expected comment or line break"),
            let kv = keyAndValue(lines, mark.line), let quote = kv.value.unicodeScalars.first, quote == "'" || quote == "\"",
            mark.column - 1 > kv.valueColumn
        {
            // Text after a closing quote, or an apostrophe closing a single-quoted value too early.
            var q = mark.column - 2
            while q > kv.valueColumn && (line[q] == " " || line[q] == "\t") { q -= 1 }
            let inner =
                kv.value.hasSuffix(String(quote)) && kv.value.count > 1
                ? String(kv.value.dropFirst().dropLast()) : String(kv.value.dropFirst())
            if quote == "'" && line[q] == "'" && q == mark.column - 2 {
                var wordStart = q
                while wordStart > 0 && !" '\t".unicodeScalars.contains(line[wordStart - 1]) { wordStart -= 1 }
                var wordEnd = q + 1
                while wordEnd < line.count && !" '\t".unicodeScalars.contains(line[wordEnd]) { wordEnd += 1 }
                let word = YAMLLines.text(line[wordStart..<wordEnd])
                location = at(mark.line, q + 1)
                message = "apostrof di `\(word)` menutup tanda kutip tunggal terlalu awal"
                explanation = "the apostrophe in `\(word)` closes the single quotes too early"
                let doubled = inner.replacingOccurrences(of: "'", with: "''")
                hint = (
                    "di dalam tanda kutip tunggal apostrof ditulis dua kali: `\(kv.key): '\(doubled)'`; atau pakai tanda kutip ganda: `\(kv.key): \(YAMLLines.doubleQuoted(inner))`",
                    "inside single quotes an apostrophe is written twice: `\(kv.key): '\(doubled)'`; or use double quotes: `\(kv.key): \(YAMLLines.doubleQuoted(inner))`"
                )
            } else {
                message = "ada teks setelah tanda kutip penutup; seluruh nilai harus berada di dalam tanda kutip"
                explanation = "there is text after the closing quote; the whole value must be inside the quotes"
                let wrapped = "'" + kv.value.replacingOccurrences(of: "'", with: "''") + "'"
                hint = (
                    "apit seluruh nilai, misalnya `\(kv.key): \(wrapped)`, atau hapus tanda kutipnya",
                    "put the whole value in quotes, for example `\(kv.key): \(wrapped)`, or remove the quotes"
                )
            }
        } else if problem.contains("mapping values are not allowed") {
            let colonIsKey = firstKeyColon(line) == mark.column - 1
            let previous = previousContentLine(lines, before: mark.line)
            let indentation = YAMLLines.indentation(line)
            if colonIsKey, let previous, YAMLLines.indentation(lines[previous]) == indentation,
                firstKeyColon(lines[previous]) == nil, !lines[previous].dropFirst(indentation).starts(with: "- ".unicodeScalars)
            {
                // The line above has no colon: YAML reads it as the start of this line's key.
                let text = YAMLLines.text(lines[previous]).trimmingCharacters(in: .whitespaces)
                let words = text.split(separator: " ", maxSplits: 1)
                let fix = words.count == 2 ? "\(words[0]): \(words[1])" : "\(text): …"
                location = at(previous, indentation + 1)
                message =
                    "baris \(previous + lineOffset) tidak memiliki titik dua setelah nama kolom, sehingga YAML menyambungkannya dengan baris berikutnya"
                explanation = "line \(previous + lineOffset) has no colon after the field name, so YAML joins it to the next line"
                hint = ("tulis `kolom: nilai`, misalnya `\(fix)`", "write `kolom: nilai`, for example `\(fix)`")
            } else if colonIsKey, let previous, indentation > YAMLLines.indentation(lines[previous]),
                let above = keyAndValue(lines, previous), !above.value.isEmpty
            {
                // This line is indented more than the field above, so it reads as a continuation of its value.
                location = at(mark.line, indentation + 1)
                message =
                    "baris ini menjorok lebih dalam daripada kolom `\(above.key)` di atasnya, sehingga YAML membacanya sebagai lanjutan nilai `\(above.key)`"
                explanation =
                    "this line is indented more than the field `\(above.key)` above it, so YAML reads it as part of the value of `\(above.key)`"
                hint = (
                    "hapus spasi di awal baris ini agar sejajar dengan kolom lain",
                    "remove the spaces at the start of this line so that it lines up with the other fields"
                )
            } else {
                message = "ada `: ` (titik dua lalu spasi) di dalam nilai; YAML mengira itu awal kolom baru"
                explanation = nil
                if let kv = keyAndValue(lines, mark.line), !kv.value.isEmpty {
                    // Word and phones turn " into “ and ”, which YAML does not read as quotes.
                    let curly: Set<Character> = ["“", "”", "„", "‘", "’"]
                    if let first = kv.value.first, let last = kv.value.last, curly.contains(first) && curly.contains(last) && kv.value.count > 1 {
                        let written = "\(kv.key): \(YAMLLines.doubleQuoted(String(kv.value.dropFirst().dropLast())))"
                        hint = (
                            "tanda kutip `\(first)` `\(last)` (dari Word atau ponsel) bukan tanda kutip YAML: ganti dengan tanda kutip biasa `\"`: `\(written)`",
                            "the quotes `\(first)` `\(last)` (from Word or a phone) are not YAML quotes: use plain `\"` instead: `\(written)`"
                        )
                    } else {
                        let written = "\(kv.key): \(YAMLLines.doubleQuoted(kv.value))"
                        hint = (
                            "nilai yang berisi `: ` harus diapit tanda kutip: `\(written)`",
                            "a value that contains `: ` must be put in quotes: `\(written)`"
                        )
                    }
                } else {
                    hint = (
                        "nilai yang berisi `: ` harus diapit tanda kutip, misalnya `judul: \"Aplikasi: Lapor Warga\"`",
                        "a value that contains `: ` must be put in quotes, for example `judul: \"Aplikasi: Lapor Warga\"`"
                    )
                }
            }
        } else if problem.contains("found character that cannot start any token") {
            let character = mark.column - 1 < line.count ? String(line[mark.column - 1]) : "?"
            if character == "\t" {
                message = "ada karakter tab di tempat yang tidak diizinkan"
                hint = tabHint
            } else {
                message = "nilai tidak boleh diawali karakter `\(character)`"
                if let kv = keyAndValue(lines, mark.line), !kv.value.isEmpty {
                    let written = "\(kv.key): \(YAMLLines.doubleQuoted(kv.value))"
                    hint = (
                        "nilai yang diawali `\(character)` harus diapit tanda kutip: `\(written)`",
                        "a value that starts with `\(character)` must be put in quotes: `\(written)`"
                    )
                } else {
                    hint = (
                        "nilai yang diawali karakter khusus (`@`, `` ` ``, `%`) harus diapit tanda kutip",
                        "a value that starts with a special character (`@`, `` ` ``, `%`) must be put in quotes"
                    )
                }
            }
            explanation = nil
        } else if problem.contains("found unknown escape character") {
            message = "di dalam tanda kutip ganda, garis miring terbalik `\\` diikuti karakter yang tidak dikenal"
            explanation = nil
            if let kv = keyAndValue(lines, mark.line), kv.value.hasPrefix("\"") {
                let inner = String(kv.value.dropFirst().prefix { $0 != "\"" })
                hint = (
                    "tulis garis miring terbalik dua kali (`\\\\`), atau pakai tanda kutip tunggal: `\(kv.key): '\(inner.replacingOccurrences(of: "'", with: "''"))'`",
                    "write the backslash twice (`\\\\`), or use single quotes: `\(kv.key): '\(inner.replacingOccurrences(of: "'", with: "''"))'`"
                )
            } else {
                hint = (
                    "tulis garis miring terbalik dua kali (`\\\\`), atau pakai tanda kutip tunggal `'…'`",
                    "write the backslash twice (`\\\\`), or use single quotes `'…'`"
                )
            }
        } else if problem.contains("Maximum nesting level") {
            message = "terlalu banyak tingkat bersarang (kurung `[` atau `{` bertumpuk terlalu dalam)"
            explanation = nil
            hint = (
                "periksa kurung `[` dan `{` yang tidak ditutup; daftar di tinjau paling banyak dua tingkat",
                "check for `[` and `{` that are not closed; tinjau's lists are at most two levels deep"
            )
        } else if problem.contains("found undefined alias") {
            code = .yamlAnchorOrTag
            let name = YAMLLines.text(line.dropFirst(mark.column).prefix { !" \t,[]{}".unicodeScalars.contains($0) })
            message = "nilai yang diawali `*` dibaca YAML sebagai alias (salinan nilai jangkar `&\(name)`), dan jangkar itu tidak ada"
            explanation =
                "a value starting with `*` is read by YAML as an alias (a copy of the value of anchor `&\(name)`), and that anchor does not exist"
            if let kv = keyAndValue(lines, mark.line), !kv.value.isEmpty {
                let written = "\(kv.key): \(YAMLLines.doubleQuoted(kv.value))"
                hint = (
                    "apit seluruh nilai dengan tanda kutip ganda: `\(written)`; tanda `*` untuk huruf miring tidak berlaku di front matter",
                    "put the whole value in double quotes: `\(written)`; `*` for italics does not work in front matter"
                )
            } else {
                hint = ("apit nilai yang diawali `*` dengan tanda kutip ganda", "put a value that starts with `*` in double quotes")
            }
        } else if problem.contains("did not find expected alphabetic or numeric character"),
            contextText.contains("anchor") || contextText.contains("alias")
        {
            code = .yamlAnchorOrTag
            if let kv = keyAndValue(lines, mark.line), let first = kv.value.unicodeScalars.first, first == "&" || first == "*" {
                location = at(mark.line, kv.valueColumn + 1)
            }
            message = "`&` atau `*` di awal nilai dibaca YAML sebagai penanda jangkar atau alias"
            explanation = "YAML reads `&` or `*` at the start of a value as an anchor or alias marker"
            if let kv = keyAndValue(lines, mark.line), !kv.value.isEmpty {
                let written = "\(kv.key): \(YAMLLines.doubleQuoted(kv.value))"
                hint = ("apit seluruh nilai dengan tanda kutip ganda: `\(written)`", "put the whole value in double quotes: `\(written)`")
            } else {
                hint = ("apit nilai dengan tanda kutip ganda", "put the value in double quotes")
            }
        } else if problem.contains("did not find expected ',' or ']'") || problem.contains("did not find expected ',' or '}'") {
            let close = problem.contains("]") ? "]" : "}"
            let open = close == "]" ? "[" : "{"
            if let context, context.mark.line != mark.line { location = at(context.mark.line, context.mark.column) }
            message = "`\(open)` yang dibuka di sini tidak ditutup dengan `\(close)`, atau butir-butirnya tidak dipisah koma"
            explanation = nil
            hint =
                close == "]"
                ? (
                    "tutup daftar di baris yang sama, misalnya `mitra: [bappeda, diskominfo]`; apit butir yang berisi koma atau kurung dengan tanda kutip",
                    "close the list on the same line, for example `mitra: [bappeda, diskominfo]`; put items containing commas or brackets in quotes"
                )
                : (
                    "tutup dengan `}` di baris yang sama, misalnya `{min: 0, nama: Rintisan}`",
                    "close it with `}` on the same line, for example `{min: 0, nama: Rintisan}`"
                )
        } else if problem.contains("did not find expected key") {
            message = "baris ini tidak dapat dibaca sebagai `kolom: nilai`: indentasinya tidak sejajar dengan kolom di atasnya"
            explanation = nil
            hint = (
                "samakan indentasi baris ini dengan kolom lain di tingkat yang sama (pakai spasi, bukan tab)",
                "indent this line like the other fields at the same level (with spaces, not tabs)"
            )
        } else if problem.contains("did not find expected '-' indicator") {
            message = "indentasi baris ini tidak sejajar dengan butir daftar di atasnya"
            explanation = nil
            hint = (
                "setiap butir daftar diawali `- ` pada indentasi yang sama, dan kolom di dalam satu butir sejajar satu sama lain",
                "every list item starts with `- ` at the same indentation, and the fields inside one item line up with each other"
            )
        } else if problem.contains("could not find expected ':'") {
            if let open = context?.mark, open.line < mark.line {
                // A line without a colon: libyaml notices only on the next line.
                location = at(open.line, open.column)
            }
            message = "titik dua `:` setelah nama kolom tidak ditemukan"
            explanation = nil
            hint = (
                "setiap baris front matter berbentuk `kolom: nilai`; periksa titik dua dan tanda kutip di baris ini",
                "every front matter line has the form `kolom: nilai`; check the colon and the quotes on this line"
            )
        } else if problem.contains("block sequence entries are not allowed") {
            message = "tanda butir daftar `- ` tidak boleh berada di sini"
            explanation = nil
            hint = (
                "tulis daftar di baris-baris berikutnya, menjorok dua spasi (`kata_kunci:` lalu `  - aduan`), atau dalam kurung siku: `kata_kunci: [aduan, aplikasi]`",
                "write the list on the following lines, indented by two spaces (`kata_kunci:` then `  - aduan`), or in square brackets: `kata_kunci: [aduan, aplikasi]`"
            )
        } else if problem.contains("tab character") {
            message = "ada karakter tab di indentasi"
            explanation = nil
            hint = tabHint
        } else if problem.contains("found unexpected end of stream") {
            message = "YAML berakhir sebelum selesai dibaca"
            explanation = nil
        } else if problem.contains("did not find expected node content") {
            message = "nilai yang diharapkan di sini tidak ditemukan"
            explanation = nil
        } else if problem.contains("did not find expected comment or line break") {
            message = "ada teks tambahan setelah nilai di baris ini"
            explanation = nil
        } else if problem.contains("found another document") || problem.contains("did not find expected <document start>") {
            message = "berkas berisi lebih dari satu dokumen YAML (ada baris `---` atau teks setelah akhir dokumen)"
            explanation = nil
            hint = (
                "hapus baris `---` ini; satu berkas YAML hanya berisi satu dokumen", "remove this `---` line; a YAML file holds only one document"
            )
        } else {
            message = problem
            explanation = nil
        }
        if line.contains("\t") && hint.id != tabHint.0
            && (problem.contains("tab") || problem.contains("mapping values")
                || problem.contains("expected key"))
        {
            hint = tabHint
        }
        let problemText = problem.hasPrefix("but ") && !contextText.isEmpty ? "\(contextText), \(problem)" : problem
        let english = "invalid YAML: \(problemText)" + (explanation.map { " (\($0))" } ?? "")
        return Diagnostic(DiagnosticMessage(code, "YAML tidak sah: \(message)", en: english, hint: hint.id, hintEN: hint.en), at: location)
    }
}

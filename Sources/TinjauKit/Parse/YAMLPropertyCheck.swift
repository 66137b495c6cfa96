import Yams

/// The check for YAML anchors (`&name`), tags (`!name`) and aliases (`*name`): YAML drops them from
/// the value they start, which no editor of tinjau's content means to happen.
enum YAMLPropertyCheck {
    /// Reports every YAML anchor (`&name`), tag (`!name`) and alias (`*name`) in the document
    /// `root`: YAML drops them from the value (`judul: &satu Portal Data` reads `Portal Data`),
    /// which no editor of tinjau's content means to happen.
    static func diagnostics(_ root: Node, lines: YAMLLines, path: String, lineOffset: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<[Int]> = []
        var visits = 0
        func token(_ line: [Unicode.Scalar], from start: Int) -> String {
            YAMLLines.text(line[start...].prefix { !" \t,[]{}".unicodeScalars.contains($0) })
        }
        func add(_ line: Int, _ column: Int, key: String?, node: Node?, alias: Bool) {
            guard seen.insert([line, column]).inserted else { return }
            let raw = lines[line]
            let mark = token(raw, from: column - 1)
            let rest = lines.rest(of: line, from: column - 1)
            let name = key.map { "`\($0)`" } ?? "nilai ini"
            let nameEN = key.map { "`\($0)`" } ?? "this value"
            let read = node?.scalar?.string.trimmingBlanks()
            let written = key.map { "\($0): \(YAMLLines.doubleQuoted(rest))" } ?? YAMLLines.doubleQuoted(rest)
            let kind: (id: String, en: String)
            switch mark.unicodeScalars.first {
            case "&": kind = ("penanda jangkar (anchor) YAML", "a YAML anchor")
            case "*":
                kind = (
                    "alias YAML yang menyalin nilai jangkar `&\(mark.dropFirst())`",
                    "a YAML alias that copies the value of anchor `&\(mark.dropFirst())`"
                )
            default: kind = ("penanda tipe (tag) YAML", "a YAML tag")
            }
            let message: String
            let messageEN: String
            if let read, node?.scalar != nil {
                message =
                    alias
                    ? "\(name) dibaca sebagai `\(read)`: `\(mark)` di awal nilai adalah \(kind.id), bukan teks"
                    : "\(name) dibaca sebagai `\(read)`: `\(mark)` di awal nilai adalah \(kind.id) dan tidak ikut terbaca"
                messageEN =
                    alias
                    ? "\(nameEN) is read as `\(read)`: `\(mark)` at the start of the value is \(kind.en), not text"
                    : "\(nameEN) is read as `\(read)`: `\(mark)` at the start of the value is \(kind.en) and is dropped"
            } else {
                message = "`\(mark)` di awal nilai \(name) adalah \(kind.id), yang tidak dipakai tinjau"
                messageEN = "`\(mark)` at the start of \(nameEN) is \(kind.en), which tinjau does not use"
            }
            let location = SourceLocation(path: path, line: line + lineOffset, column: column)
            if node?.scalar != nil || alias {
                diagnostics.append(
                    Diagnostic(
                        DiagnosticMessage(
                            .yamlAnchorOrTag, message, en: messageEN,
                            hint:
                                "bila `\(mark)` bagian dari isi, apit seluruh nilai dengan tanda kutip ganda: `\(written)`; bila tidak, hapus `\(mark)`",
                            hintEN:
                                "if `\(mark)` is part of the value, put the whole value in double quotes: `\(written)`; otherwise remove `\(mark)`"),
                        at: location))
            } else {
                diagnostics.append(
                    Diagnostic(
                        DiagnosticMessage(
                            .yamlAnchorOrTag, message, en: messageEN, hint: "hapus `\(mark)`; tulis setiap nilai apa adanya",
                            hintEN: "remove `\(mark)`; write every value out in full"),
                        at: location))
            }
        }
        func visit(_ node: Node, key: String?) {
            visits += 1
            guard visits < 100_000 else { return }  // aliases can multiply a small text into a huge tree
            if let mark = node.mark {
                let line = lines[mark.line]
                if mark.column - 1 < line.count, line[mark.column - 1] == "&" || line[mark.column - 1] == "!" {
                    add(mark.line, mark.column, key: key, node: node, alias: false)
                }
            }
            switch node {
            case .mapping(let mapping):
                for (k, v) in mapping {
                    let name = k.scalar?.string
                    if let keyMark = k.mark, let start = lines.valueStart(line: keyMark.line, keyColumn: keyMark.column - 1),
                        lines[keyMark.line][start] == "*"
                    {
                        add(keyMark.line, start + 1, key: name, node: v, alias: true)
                        continue
                    }
                    visit(v, key: name)
                }
            case .sequence(let sequence):
                for item in sequence { visit(item, key: key) }
            default:
                break
            }
        }
        visit(root, key: nil)
        return diagnostics
    }
}

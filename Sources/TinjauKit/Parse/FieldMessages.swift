import Foundation

/// The messages of the field reader (``YAMLReader``): the shape of a mapping, required and unknown
/// fields, and values that cannot be read (docs/errors.md, "Front matter and YAML" and "Field values").
extension DiagnosticMessage {
    /// `yaml.not-mapping`: the `mapping` is a list or a single value.
    static func notMapping(_ mapping: YAMLMapping) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlNotMapping, "\(mapping.name.id) harus berisi pasangan `kolom: nilai`, satu per baris",
            en: "\(mapping.name.en) must contain `kolom: nilai` pairs, one per line",
            hint: "tulis setiap kolom di barisnya sendiri, misalnya `\(mapping.example)`",
            hintEN: "write each field on its own line, for example `\(mapping.example)`")
    }

    /// `yaml.expected-text`: `key` holds a list or nested fields instead of one value.
    static func expectedSingleValue(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlExpectedText, "`\(key)` harus berupa satu nilai, bukan daftar atau kolom bertingkat",
            en: "`\(key)` must be a single value, not a list or nested fields",
            hint: "tulis nilainya di baris yang sama: `\(key): …`", hintEN: "write the value on the same line: `\(key): …`")
    }

    /// `yaml.expected-text`: an item of the list `key` is not text.
    static func expectedTextItem(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlExpectedText, "setiap butir `\(key)` harus berupa teks", en: "every item of `\(key)` must be text",
            hint: "tulis daftar sebagai `\(key): [satu, dua]` atau satu butir per baris diawali `- `",
            hintEN: "write the list as `\(key): [satu, dua]` or one item per line starting with `- `")
    }

    /// `yaml.expected-list`: `key` should be a list of texts.
    static func expectedTextList(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlExpectedList, "`\(key)` harus berupa daftar", en: "`\(key)` must be a list",
            hint: "tulis `\(key): [satu, dua]`", hintEN: "write `\(key): [satu, dua]`")
    }

    /// `yaml.expected-list`: `key` should be a list of mappings.
    static func expectedMappingList(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlExpectedList, "`\(key)` harus berupa daftar, satu butir per baris diawali `- `",
            en: "`\(key)` must be a list, one item per line starting with `- `",
            hint: "lihat contoh di docs/content-format.md", hintEN: "see the examples in docs/content-format.md")
    }

    /// `field.required`: the required field `key` is missing (or `empty`); `place` says where it goes.
    static func requiredField(_ key: String, empty: Bool, place: Bilingual) -> DiagnosticMessage {
        let hint: Bilingual
        if key == "masterplan" && !empty {
            hint = Bilingual(
                "tambahkan `masterplan:` \(place.id), dengan `tahun_mulai:` dan `tahun_selesai:` di bawahnya (menjorok dua spasi)",
                en: "add `masterplan:` \(place.en), with `tahun_mulai:` and `tahun_selesai:` below it (indented by two spaces)")
        } else if !empty {
            hint = Bilingual("tambahkan baris `\(key): …` \(place.id)", en: "add a line `\(key): …` \(place.en)")
        } else {
            hint = Bilingual("isi nilainya setelah titik dua: `\(key): …`", en: "fill in the value after the colon: `\(key): …`")
        }
        return DiagnosticMessage(
            .fieldRequired,
            Bilingual("kolom wajib `\(key)` \(empty ? "kosong" : "tidak ada")", en: "required field `\(key)` is \(empty ? "empty" : "missing")"),
            hint: hint)
    }

    /// `field.unknown`: `key` is not a field of the mapping (`place`); suggests the English `alias`'s
    /// Indonesian name or the nearest of `known`.
    static func unknownField(_ key: String, in place: Bilingual, known: [String], alias: String?) -> DiagnosticMessage {
        let hint: Bilingual
        if let alias {
            hint = Bilingual(
                "kolom tinjau memakai nama berbahasa Indonesia: tulis `\(alias)` alih-alih `\(key)`",
                en: "tinjau's fields have Indonesian names: write `\(alias)` instead of `\(key)`")
        } else {
            hint = Suggestion.hints(for: key, among: known, key: nil)
        }
        return DiagnosticMessage(
            .fieldUnknown, Bilingual("kolom `\(key)` tidak dikenal di \(place.id)", en: "unknown field `\(key)` in \(place.en)"), hint: hint)
    }

    /// `field.unknown`: `key` is the misspelling (or the English name, `isEnglish`) of the required
    /// `field`, which is therefore missing; `value` is what follows the key on its line.
    static func misspeltRequiredField(_ key: String, in place: Bilingual, field: String, value: String, isEnglish: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .fieldUnknown,
            Bilingual(
                "kolom `\(key)` tidak dikenal di \(place.id); maksud Anda kolom wajib `\(field)`?",
                en: "unknown field `\(key)` in \(place.en); did you mean the required field `\(field)`?"),
            hint: isEnglish
                ? Bilingual(
                    "kolom tinjau memakai nama berbahasa Indonesia: tulis `\(field): \(value)`",
                    en: "tinjau's fields have Indonesian names: write `\(field): \(value)`")
                : Bilingual("perbaiki nama kolomnya: `\(field): \(value)`", en: "correct the field name: `\(field): \(value)`"))
    }

    /// `yaml.comment-in-value`: the whole value of `key` (`rest`, from a `#`) was read as a comment.
    static func valueReadAsComment(_ key: String, rest: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .yamlCommentInValue, "`\(key)` kosong: YAML membaca `\(rest)` sebagai komentar, karena nilai yang diawali `#` adalah komentar",
            en: "`\(key)` is empty: YAML reads `\(rest)` as a comment, because a value starting with `#` is a comment",
            hint: "apit seluruh nilai dengan tanda kutip ganda: `\(key): \(YAMLLines.doubleQuoted(rest))`",
            hintEN: "put the whole value in double quotes: `\(key): \(YAMLLines.doubleQuoted(rest))`")
    }

    /// `yaml.comment-in-value`: a ` #` cut the value of `key` (or of one of its list items, `item`)
    /// short: YAML `read` only the start of what is `written`.
    static func valueCutByComment(_ key: String, item: Bool, read: String, written: String) -> DiagnosticMessage {
        let quoted = YAMLLines.doubleQuoted(written)
        let line = item ? quoted : "\(key): \(quoted)"
        let what = item ? Bilingual("butir `\(key)`", en: "an item of `\(key)`") : Bilingual("`\(key)`", en: "`\(key)`")
        return DiagnosticMessage(
            .yamlCommentInValue, "\(what.id) terpotong: YAML hanya membaca `\(read)`, karena ` #` (spasi lalu tanda pagar) memulai komentar",
            en: "\(what.en) is cut short: YAML reads only `\(read)`, because ` #` (a space then a hash sign) starts a comment",
            hint:
                "bila `#` bagian dari isi, apit seluruh nilai dengan tanda kutip ganda: `\(line)`; bila memang komentar, pindahkan ke barisnya sendiri",
            hintEN:
                "if the `#` is part of the value, put the whole value in double quotes: `\(line)`; if it is a comment, move it to a line of its own"
        )
    }

    /// `value.out-of-range`: `key` holds more digits (`text`) than a 64-bit integer holds.
    static func integerTooLong(_ key: String, text: String, range: ClosedRange<Int>?) -> DiagnosticMessage {
        let shown = YAMLLines.quoted(text)
        let rangeText = range.map { "\($0.lowerBound)–\($0.upperBound)" }
        return DiagnosticMessage(
            .valueOutOfRange, "`\(key)` bernilai \(shown.id), \(rangeText.map { "di luar rentang \($0)" } ?? "terlalu besar")",
            en: "`\(key)` is \(shown.en), \(rangeText.map { "outside the range \($0)" } ?? "too large")",
            hint: "periksa jumlah digitnya", hintEN: "check how many digits it has")
    }

    /// `value.out-of-range`: the whole number `key` is `value`, outside `range`.
    static func integerOutOfRange(_ key: String, value: Int, range: ClosedRange<Int>) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueOutOfRange, "`\(key)` bernilai \(value), di luar rentang \(range.lowerBound)–\(range.upperBound)",
            en: "`\(key)` is \(value), outside the range \(range.lowerBound)–\(range.upperBound)",
            hint: "periksa kembali angkanya", hintEN: "check the number again")
    }

    /// `value.not-integer`: `key` should be a whole number (`meaning`), not `text`.
    static func notInteger(_ key: String, text: String, meaning: WholeNumber) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueNotInteger,
            Bilingual("`\(key)` harus \(meaning.name.id), bukan `\(text)`", en: "`\(key)` must be \(meaning.name.en), not `\(text)`"),
            hint: Bilingual(NumberLiteral.hints(text, key: key, kind: .integer(example: meaning.example))))
    }

    /// `value.not-number`: `key` should be a number, not `text`; `kind` chooses the hint's example.
    static func notNumber(_ key: String, text: String, kind: NumberKind) -> DiagnosticMessage {
        let shown = YAMLLines.quoted(text)
        return DiagnosticMessage(
            .valueNotNumber, Bilingual("`\(key)` harus angka, bukan \(shown.id)", en: "`\(key)` must be a number, not \(shown.en)"),
            hint: Bilingual(NumberLiteral.hints(text, key: key, kind: kind)))
    }

    /// `value.not-number`: `key` is written in scientific notation (`text`).
    static func scientificNumber(_ key: String, text: String, kind: NumberKind) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueNotNumber, Bilingual("`\(key)` harus angka biasa, bukan `\(text)`", en: "`\(key)` must be a plain number, not `\(text)`"),
            hint: Bilingual(NumberLiteral.hints(text, key: key, kind: kind)))
    }

    /// `value.too-large`: `key` (`text`) is beyond ±10¹⁵.
    static func numberTooLarge(_ key: String, text: String) -> DiagnosticMessage {
        let shown = YAMLLines.quoted(text)
        return DiagnosticMessage(
            .valueTooLarge, "`\(key)` terlalu besar (\(shown.id)): angka di atas 1.000.000.000.000.000 (10¹⁵) tidak diterima",
            en: "`\(key)` is too large (\(shown.en)): numbers beyond 1,000,000,000,000,000 (10¹⁵) are not accepted",
            hint: "periksa jumlah digitnya; bila nilainya memang sebesar itu, pakai satuan yang lebih besar (misalnya `satuan: juta orang`)",
            hintEN: "check how many digits it has; if the value really is that large, use a larger unit (for example `satuan: juta orang`)")
    }

    /// `value.too-precise`: `key` (`text`, read as `value`) has `decimals` digits after its point,
    /// more than `largest`.
    static func numberTooPrecise(_ key: String, text: String, value: Rational, decimals: Int, largest: Int) -> DiagnosticMessage {
        let shown = YAMLLines.quoted(text)
        return DiagnosticMessage(
            .valueTooPrecise, "`\(key)` memiliki \(decimals) angka di belakang titik (\(shown.id)); paling banyak \(largest) yang diterima",
            en: "`\(key)` has \(decimals) digits after the point (\(shown.en)); at most \(largest) are accepted",
            hint: "bulatkan angkanya, misalnya `\(key): \(value.plainDecimal(maxDecimals: 4))`, atau pakai satuan yang lebih kecil",
            hintEN: "round the number, for example `\(key): \(value.plainDecimal(maxDecimals: 4))`, or use a smaller unit")
    }

    /// `value.not-bool`: `key` should be `true` or `false`, not `text`.
    static func notBool(_ key: String, text: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueNotBool, "`\(key)` harus `true` atau `false`, bukan `\(text)`", en: "`\(key)` must be `true` or `false`, not `\(text)`",
            hint: "tulis `\(key): true` (ya) atau `\(key): false` (tidak)", hintEN: "write `\(key): true` (yes) or `\(key): false` (no)")
    }

    /// `value.case`: the value `text` of a kind (`name`) is valid in lower case, as `written`.
    static func choiceCase(_ name: Bilingual, text: String, written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueCase, "\(name.id) `\(text)` harus ditulis dengan huruf kecil", en: "\(name.en) `\(text)` must be written in lower case",
            hint: "tulis `\(written)`", hintEN: "write `\(written)`")
    }

    /// `value.unknown`: `text` is a dimension's name (`id`), where its key is written.
    static func dimensionName(_ text: String, id: DimensionID, key: String?) -> DiagnosticMessage {
        let written = key.map { "\($0): \(id.rawValue)" } ?? id.rawValue
        let list = DimensionID.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        let name = DimensionID.valueName
        return DiagnosticMessage(
            .valueUnknown, "\(name.id) `\(text)` tidak dikenal: yang ditulis adalah kunci dimensinya, bukan namanya",
            en: "unknown \(name.en) `\(text)`: the dimension's key is written, not its name",
            hint: "tulis `\(written)` (\(id.smartName)); pilihan yang sah: " + list,
            hintEN: "write `\(written)` (\(id.smartName)); valid values: " + list)
    }

    /// `value.unknown`: `text` is not one of the `valid` values of its kind (`name`); `key` is the
    /// field, `nil` for an item of a list.
    static func unknownValue(_ name: Bilingual, text: String, valid: [String], key: String?) -> DiagnosticMessage {
        DiagnosticMessage(
            .valueUnknown, Bilingual("\(name.id) `\(text)` tidak dikenal", en: "unknown \(name.en) `\(text)`"),
            hint: Suggestion.hints(for: text, among: valid, key: key))
    }

    /// `value.comma-list`: `key` is one text with commas (`text`), meant as the list `items`.
    static func commaList(_ key: String, text: String, items: [String]) -> DiagnosticMessage {
        let list = "\(key): [\(items.joined(separator: ", "))]"
        return DiagnosticMessage(
            .valueCommaList, "`\(key)` ditulis sebagai satu teks berisi koma (`\(text)`), bukan daftar",
            en: "`\(key)` is written as one text containing commas (`\(text)`), not as a list",
            hint:
                "tulis daftar dengan kurung siku: `\(list)`; bila koma memang bagian dari satu nilai, apit dengan tanda kutip: `\(key): [\(YAMLLines.doubleQuoted(text))]`",
            hintEN:
                "write a list in square brackets: `\(list)`; if the comma belongs to a single value, put it in quotes: `\(key): [\(YAMLLines.doubleQuoted(text))]`"
        )
    }

    /// `money.negative`: the Rupiah amount `key` is negative (`text`).
    static func negativeMoney(_ key: String, text: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .moneyNegative, "`\(key)` tidak boleh negatif (\(text))", en: "`\(key)` cannot be negative (\(text))",
            hint: "tulis jumlah Rupiah sebagai bilangan bulat 0 atau lebih", hintEN: "write the Rupiah amount as a whole number, 0 or more")
    }

    /// `money.format`: the Rupiah amount `key` is not whole digits (`text`: `Rp`, thousands dots, …).
    static func moneyFormat(_ key: String, text: String) -> DiagnosticMessage {
        var hint = Bilingual(
            "tulis jumlah Rupiah dengan angka saja, tanpa `Rp`, titik, koma atau spasi, misalnya `\(key): 1250000000`",
            en: "write the Rupiah amount in digits only, without `Rp`, dots, commas or spaces, for example `\(key): 1250000000`")
        let digits = text.filter { $0.isASCII && $0.isNumber }
        let core = text.replacingOccurrences(of: "Rp", with: "").replacingOccurrences(of: "rp", with: "")
            .trimmingBlanks().replacingOccurrences(of: " ", with: "")
        if !digits.isEmpty, NumberLiteral.isThousandsGrouped(core, separator: ".") {
            hint = Bilingual(
                "tulis `\(key): \(digits)` (angka saja; titik pemisah ribuan dan `Rp` tidak dipakai di front matter)",
                en: "write `\(key): \(digits)` (digits only; thousands separators and `Rp` are not used in front matter)")
        } else if digits.count >= 19 {
            hint = Bilingual(
                "angka ini terlalu besar untuk jumlah Rupiah; periksa jumlah digitnya",
                en: "this number is too large for a Rupiah amount; check how many digits it has")
        }
        let shown = YAMLLines.quoted(text)
        return DiagnosticMessage(
            .moneyFormat,
            Bilingual("`\(key)` harus jumlah Rupiah bulat, bukan \(shown.id)", en: "`\(key)` must be a whole Rupiah amount, not \(shown.en)"),
            hint: hint)
    }
}

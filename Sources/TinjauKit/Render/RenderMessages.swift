/// The messages of the render stage: Markdown bodies, links, live values and templates (docs/errors.md,
/// "Markdown bodies and links" and "Templates").
extension DiagnosticMessage {
    // MARK: Links, charts, tables

    /// `link.broken`: the link (or image, `isImage`) `url` names a `.md` file that is no content file;
    /// `nearest` is the nearest content file, relative to the linking file's folder.
    static func brokenContentLink(_ url: String, isImage: Bool, nearest: String?) -> DiagnosticMessage {
        let what = isImage ? Bilingual("gambar", en: "image") : Bilingual("tautan", en: "link")
        let hint =
            nearest.map {
                Bilingual(
                    "maksud Anda `\($0)`? Jalur `.md` dihitung dari folder berkas ini, atau dari folder konten bila diawali `/`",
                    en: "did you mean `\($0)`? A `.md` path counts from this file's folder, or from the content folder when it starts with `/`")
            }
            ?? Bilingual(
                "tulis jalur berkas konten tujuan, misalnya `../diskominfo/lapor-warga.md` atau `/halaman/pendahuluan.md`",
                en: "write the path of the target content file, for example `../diskominfo/lapor-warga.md` or `/halaman/pendahuluan.md`")
        return DiagnosticMessage(
            .linkBroken,
            Bilingual("\(what.id) ke `\(url)` tidak menemukan berkas konten", en: "\(what.en) to `\(url)` does not lead to any content file"),
            hint: hint)
    }

    /// `link.broken`: the link (or image, `isImage`) `url` leads to no page or file of the site.
    static func brokenSiteLink(_ url: String, isImage: Bool) -> DiagnosticMessage {
        let what = isImage ? Bilingual("gambar", en: "image") : Bilingual("tautan", en: "link")
        let hint =
            isImage
            ? Bilingual(
                "gambar dari luar harus memakai alamat lengkap `https://…`; tinjau belum menyalin gambar dari folder konten",
                en: "an image from elsewhere needs a full address `https://…`; tinjau does not copy images from the content folder yet")
            : Bilingual(
                "untuk tautan ke halaman lain tulis jalur berkas kontennya, misalnya `../diskominfo/lapor-warga.md`",
                en: "to link to another page, write the path of its content file, for example `../diskominfo/lapor-warga.md`")
        return DiagnosticMessage(
            .linkBroken,
            Bilingual(
                "\(what.id) ke `\(url)` tidak menuju halaman atau berkas mana pun di situs",
                en: "\(what.en) to `\(url)` does not lead to any page or file of the site"),
            hint: hint)
    }

    /// `link.unsafe`: the link `shown` (`javascript:`, …) is emptied by libcmark.
    static func unsafeLink(_ shown: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .linkUnsafe, "tautan `\(shown)` tidak aman dan dikosongkan di halaman", en: "link `\(shown)` is unsafe and is emptied on the page",
            hint: "pakai alamat `https://…`; tautan `javascript:`, `vbscript:`, `file:` dan `data:` tidak diizinkan",
            hintEN: "use an `https://…` address; `javascript:`, `vbscript:`, `file:` and `data:` links are not allowed")
    }

    /// `chart.unknown`: a ```` ```chart ```` block names `name`, which is no chart of ``ChartBuilder/catalog``.
    static func unknownChart(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .chartUnknown, Bilingual("grafik `\(name)` tidak dikenal", en: "unknown chart `\(name)`"),
            hint: Suggestion.hints(for: name, among: ChartBuilder.catalog.map(\.name), key: nil))
    }

    /// `csv.syntax`: a ```` ```csv ```` block cannot be read (`error`).
    static func csvUnreadable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(
            .csvSyntax, "blok ```csv tidak dapat dibaca: \(error)", en: "the ```csv block cannot be read: \(error)",
            hint: "pisahkan kolom dengan koma dan apit nilai yang berisi koma dengan tanda kutip ganda",
            hintEN: "separate the columns with commas and put a value that contains a comma in double quotes")
    }

    /// `csv.columns`: a CSV row has `count` columns where the heading row has `expected`.
    static func csvColumns(_ count: Int, expected: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .csvColumns, "baris CSV ini berisi \(count) kolom, padahal judulnya \(expected) kolom",
            en: "this CSV row has \(count) columns, but the heading row has \(expected)",
            hint: "samakan jumlah kolom; apit nilai yang berisi koma dengan tanda kutip ganda",
            hintEN: "give every row the same number of columns; put a value that contains a comma in double quotes")
    }

    /// `value.live-unknown`: `{{name}}` names no live value; `nearest` is the nearest that exists.
    static func unknownLiveValue(_ name: String, nearest: String?) -> DiagnosticMessage {
        let hint =
            nearest.map {
                Bilingual(
                    "maksud Anda `{{\($0)}}`? Daftar lengkapnya ada di docs/content-format.md (Angka hidup)",
                    en: "did you mean `{{\($0)}}`? The full list is in docs/content-format.md (Angka hidup)")
            }
            ?? Bilingual(
                "daftar nama yang sah ada di docs/content-format.md (Angka hidup), misalnya `{{skor.governance}}`",
                en: "the valid names are listed in docs/content-format.md (Angka hidup), for example `{{skor.governance}}`")
        return DiagnosticMessage(
            .valueLiveUnknown, Bilingual("angka hidup `{{\(name)}}` tidak dikenal", en: "live value `{{\(name)}}` is unknown"), hint: hint)
    }

    // MARK: GitHub-flavoured Markdown and raw HTML

    /// The hint of every footnote warning.
    private static let footnoteHint = Bilingual(
        "tulis catatan sebagai kalimat biasa atau daftar di akhir halaman",
        en: "write the note as an ordinary sentence, or as a list at the end of the page")

    /// `markdown.footnote`: a footnote reference `text[^1]` with its definition, which parses as a link.
    static let footnoteReference = DiagnosticMessage(
        .markdownFootnote,
        Bilingual(
            "catatan kaki `[^…]` tidak didukung CommonMark; tinjau menampilkannya sebagai teks biasa",
            en: "footnotes `[^…]` are not part of CommonMark; tinjau shows them as plain text"), hint: footnoteHint)

    /// `markdown.footnote`: a footnote reference `[^1]` in text.
    static let footnoteMarker = DiagnosticMessage(
        .markdownFootnote,
        Bilingual(
            "catatan kaki `[^1]` tidak didukung CommonMark; isinya tidak akan tampil",
            en: "footnotes `[^1]` are not part of CommonMark; their text will not be shown"), hint: footnoteHint)

    /// `markdown.footnote`: a footnote definition `[^1]: …`, which vanishes.
    static let footnoteDefinition = DiagnosticMessage(
        .markdownFootnote,
        Bilingual(
            "catatan kaki `[^…]:` tidak didukung CommonMark; isinya tidak akan tampil",
            en: "footnotes `[^…]:` are not part of CommonMark; their text will not be shown"), hint: footnoteHint)

    /// `markdown.table`: a pipe table.
    static let pipeTable = DiagnosticMessage(
        .markdownTable, "tabel bergaris tegak (`| … |`) tidak didukung CommonMark dan akan tampil sebagai teks biasa",
        en: "pipe tables (`| … |`) are not part of CommonMark and will show as plain text",
        hint: "tulis tabel sebagai blok ```csv (baris pertama judul kolom), atau sebagai daftar",
        hintEN: "write the table as a ```csv block (the first row holds the column headings), or as a list")

    /// `markdown.strikethrough`: `~~text~~`.
    static let strikethrough = DiagnosticMessage(
        .markdownStrikethrough, "coretan `~~teks~~` tidak didukung CommonMark dan akan tampil dengan tanda `~~`",
        en: "strikethrough `~~teks~~` is not part of CommonMark and will show with its `~~` marks",
        hint: "hapus tanda `~~`, atau tulis misalnya \"(dibatalkan)\"", hintEN: "remove the `~~` marks, or write for example \"(dibatalkan)\"")

    /// `markdown.raw-html`: raw HTML in `count` places is removed.
    static func rawHTMLRemoved(_ count: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .markdownRawHtml, "HTML mentah di teks ini dibuang dari halaman (\(count) tempat) demi keamanan",
            en: "raw HTML in this text is removed from the page (\(count) places) for safety",
            hint:
                "tulis dengan Markdown (misalnya **tebal**, daftar, tautan); pengelola situs dapat mengizinkan HTML dengan `izinkan_html: true` di tinjau.yml",
            hintEN: "write it in Markdown (e.g. **bold**, lists, links); the site's editor can allow HTML with `izinkan_html: true` in tinjau.yml")
    }

    // MARK: Templates

    /// `templates.missing`: the theme folder `root`, named with `--templates`, does not exist.
    static func templatesMissing(_ root: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .templatesMissing, "folder templat `\(root)` tidak ditemukan", en: "templates folder `\(root)` not found",
            hint: "periksa nama folder di `--templates FOLDER`, atau hapus pilihan itu untuk memakai tema bawaan tinjau",
            hintEN: "check the folder named by `--templates FOLDER`, or leave the option out to use tinjau's built-in theme")
    }

    /// `templates.unreadable`: the theme folder cannot be listed (`error`).
    static func templatesUnreadable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.templatesUnreadable, "folder templat tidak dapat dibaca: \(error)", en: "the templates folder cannot be read: \(error)")
    }

    /// `path.symlink`: `path` in the theme folder is a symbolic link.
    static func themeSymlink(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .pathSymlink, "`\(path)` adalah tautan simbolik; tinjau tidak mengikutinya",
            en: "`\(path)` is a symbolic link; tinjau does not follow it",
            hint: "salin berkas aslinya ke tempat ini", hintEN: "copy the original file here")
    }

    /// `file.unreadable`: a file of the theme folder cannot be read (`error`).
    static func themeFileUnreadable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.fileUnreadable, "berkas tidak dapat dibaca: \(error)", en: "the file cannot be read: \(error)")
    }

    /// `template.syntax`: swift-mustache cannot parse a template (`problem`) at the line `line`
    /// (empty when that line is, as at the end of a file).
    static func templateSyntax(_ problem: Bilingual, line: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .templateSyntax, "templat Mustache tidak sah: \(problem.id)", en: "invalid Mustache template: \(problem.en)",
            hint: line.isEmpty
                ? "periksa pasangan `{{#…}}`/`{{/…}}` dan kurung kurawal sebelum tempat ini"
                : "periksa pasangan `{{#…}}`/`{{/…}}` dan kurung kurawal di baris ini: \(line)",
            hintEN: line.isEmpty
                ? "check the `{{#…}}`/`{{/…}}` pairs and the braces before this place"
                : "check the `{{#…}}`/`{{/…}}` pairs and the braces on this line: \(line)")
    }

    /// `template.syntax`: the section opened by `tag` (named `name`) is never closed; swift-mustache
    /// reports this at the end of the file, tinjau at the opening tag.
    static func templateSectionUnclosed(_ tag: String, name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .templateSyntax, "bagian `\(tag)` dibuka di sini tetapi tidak pernah ditutup",
            en: "the section `\(tag)` opens here but is never closed",
            hint: "tambahkan `{{/\(name)}}` di tempat bagian itu berakhir", hintEN: "add `{{/\(name)}}` where the section ends")
    }

    /// `template.syntax`: a template cannot be parsed for a reason given only as `error`.
    static func templateUnparsable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.templateSyntax, "templat Mustache tidak sah: \(error)", en: "invalid Mustache template: \(error)")
    }

    /// `template.reference`: the template `template` includes the partial (or parent, `isParent`)
    /// `name`, which does not exist in the theme folder `root`; `nearest` is the nearest template.
    static func missingTemplateReference(_ name: String, isParent: Bool, in template: String, root: String, nearest: String?) -> DiagnosticMessage {
        let kind = isParent ? Bilingual("templat induk", en: "parent template") : Bilingual("partial", en: "partial")
        let hint =
            nearest.map {
                Bilingual("maksud Anda `\($0)`? Berkasnya: `\(root)/\($0).mustache`", en: "did you mean `\($0)`? Its file: `\(root)/\($0).mustache`")
            }
            ?? Bilingual("buat `\(root)/\(name).mustache`, atau perbaiki namanya", en: "create `\(root)/\(name).mustache`, or correct the name")
        return DiagnosticMessage(
            .templateReference,
            Bilingual(
                "\(kind.id) `\(name)` yang dipakai templat `\(template)` tidak ada",
                en: "\(kind.en) `\(name)` used by template `\(template)` does not exist"),
            hint: hint)
    }

    /// `template.cycle`: templates include each other without end (`chain`: `a → b → a`), closed by the
    /// reference to `name` (a parent when `isParent`).
    static func templateCycle(_ chain: String, closedBy name: String, isParent: Bool) -> DiagnosticMessage {
        let tag = "{{\(isParent ? "<" : ">") \(name)}}"
        return DiagnosticMessage(
            .templateCycle, "templat saling memanggil tanpa akhir: \(chain)", en: "templates include each other without end: \(chain)",
            hint: "hapus pemanggilan `\(tag)` ini atau pecah lingkarannya; sebuah templat tidak boleh memuat dirinya sendiri",
            hintEN: "remove this `\(tag)` or break the cycle; a template may not include itself")
    }

    /// `template.required`: the theme has no `name.mustache`, which every site needs.
    static func requiredTemplateMissing(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .templateRequired, "templat `\(name).mustache` yang dibutuhkan tidak ada", en: "the required template `\(name).mustache` is missing",
            hint: "salin berkas ini dari tema bawaan tinjau (folder `templates/`)",
            hintEN: "copy this file from tinjau's default theme (the `templates/` folder)")
    }

    /// `template.required`: a page needs the template `name`, which the theme does not have.
    static func templateMissing(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .templateRequired, "templat `\(name)` tidak ada", en: "template `\(name)` does not exist",
            hint: "salin berkas ini dari tema bawaan tinjau (folder `templates/`)",
            hintEN: "copy this file from tinjau's default theme (the `templates/` folder)")
    }

    /// `template.unknown-variable`: the tag `tag` (as written: `judl`, `program.titel`) uses `missing`,
    /// which resolves nowhere in the data of the page templates `pages` (`owner`: the dotted part
    /// before it, when there is one). `nearest` is the nearest name available there; else the hint
    /// lists `available` (the first fifteen).
    static func unknownTemplateVariable(_ tag: String, missing: String, owner: String?, pages: [String], nearest: String?, available: [String])
        -> DiagnosticMessage
    {
        let named = templatePages(pages)
        let why = owner.map { Bilingual(": `\($0)` tidak punya `\(missing)`", en: ": `\($0)` has no `\(missing)`") } ?? Bilingual("", en: "")
        let shown = available.prefix(15).map { "`\($0)`" }.joined(separator: ", ") + (available.count > 15 ? ", …" : "")
        let hint =
            nearest.map { Bilingual("maksud Anda `\($0)`?", en: "did you mean `\($0)`?") }
            ?? (available.isEmpty
                ? Bilingual("di tempat ini tidak ada nama yang bisa dibaca", en: "no name can be read here")
                : Bilingual("nama yang tersedia di sini: \(shown)", en: "names available here: \(shown)"))
        return DiagnosticMessage(
            .templateUnknownVariable,
            Bilingual(
                "`\(tag)` tidak ada di data \(named.id)\(why.id); Mustache akan mencetaknya kosong",
                en: "`\(tag)` is not in the data of \(named.en)\(why.en); Mustache would print nothing"),
            hint: hint)
    }

    /// `i18n.missing-key`: the language file `file` lacks `key`, a text tinjau's code reads (a status
    /// name, a chart caption, a number format); the page would show the key itself.
    static func codeTextMissing(_ key: String, file: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .i18nMissingKey,
            Bilingual(
                "teks `\(key)` tidak ada di berkas terjemahan `\(file)`; tinjau memakainya di halaman (nama status, judul grafik, format angka)",
                en: "the text `\(key)` is not in the translation file `\(file)`; tinjau uses it on pages (status names, chart titles, number formats)"
            ),
            hint: Bilingual(
                "salin kunci `\(key)` dari berkas bahasa yang sama di tema bawaan (`tinjau init --templat` menyalin tema) lalu sesuaikan teksnya",
                en:
                    "copy the key `\(key)` from the same language file of the default theme (`tinjau init --templat` copies the theme) and adapt its text"
            ))
    }

    /// `i18n.missing-key`: the tag `{{t.key}}` of a template reached from the page templates `pages`
    /// names a text that the language file `file` (`i18n/id.yml`) lacks; `nearest` is the nearest key it has.
    static func translationMissing(_ key: String, file: String, pages: [String], nearest: String?) -> DiagnosticMessage {
        let named = templatePages(pages)
        let hint =
            nearest.map { Bilingual("maksud Anda `t.\($0)`?", en: "did you mean `t.\($0)`?") }
            ?? Bilingual(
                "tambahkan kunci `\(key)` beserta teksnya ke `\(file)`", en: "add the key `\(key)` with its text to `\(file)`")
        return DiagnosticMessage(
            .i18nMissingKey,
            Bilingual(
                "teks `\(key)` tidak ada di berkas terjemahan `\(file)` (dipakai di \(named.id)); Mustache akan mencetaknya kosong",
                en: "the text `\(key)` is not in the translation file `\(file)` (used in \(named.en)); Mustache would print nothing"),
            hint: hint)
    }

    /// `review.logo`: `logo` in `tinjau.yml` names `path`, which is not a file of the theme's `assets/`
    /// folder; `nearest` is the nearest asset.
    static func logoMissing(_ path: String, nearest: String?) -> DiagnosticMessage {
        DiagnosticMessage(
            .reviewLogo,
            Bilingual("logo `\(path)` tidak ada di folder `assets/` tema", en: "the logo `\(path)` is not in the theme's `assets/` folder"),
            hint: nearest.map { Bilingual("maksud Anda `\($0)`?", en: "did you mean `\($0)`?") }
                ?? Bilingual(
                    "taruh berkas logo di `templates/assets/` proyek dan tulis jalurnya, misalnya `logo: assets/logo.svg`",
                    en: "put the logo file in the project's `templates/assets/` and write its path, for example `logo: assets/logo.svg`"))
    }

    /// `i18n.language-missing`: `bahasa` in `tinjau.yml` names `language`, for which the theme has no
    /// `i18n/<language>.yml`; `available` are the languages it has.
    static func languageMissing(_ language: String, available: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            .i18nLanguageMissing,
            Bilingual(
                "tema tidak punya teks antarmuka untuk bahasa `\(language)` (`i18n/\(language).yml`)",
                en: "the theme has no interface texts for the language `\(language)` (`i18n/\(language).yml`)"),
            hint: Bilingual(
                "bahasa yang tersedia: \(available.map { "`\($0)`" }.joined(separator: ", ")); salin `i18n/en.yml` tema bawaan ke `templates/i18n/\(language).yml` lalu terjemahkan, atau hapus `\(language)` dari `bahasa`",
                en:
                    "the languages available: \(available.map { "`\($0)`" }.joined(separator: ", ")); copy the default theme's `i18n/en.yml` to `templates/i18n/\(language).yml` and translate it, or remove `\(language)` from `bahasa`"
            ))
    }

    /// `i18n.format`: the text at `key` (`format.months`) of a language file's `format` group cannot
    /// write numbers or dates; `problem` says why.
    static func translationFormat(_ key: String, problem: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .i18nFormat,
            Bilingual(
                "`\(key)` di berkas terjemahan tidak bisa dipakai untuk menulis angka dan tanggal: \(problem.id)",
                en: "`\(key)` in the translation file cannot be used to write numbers and dates: \(problem.en)"),
            hint: Bilingual(
                "salin kelompok `format` dari `i18n/en.yml` tema bawaan lalu sesuaikan: `decimal_separator` dan `thousands_separator` berbeda dan tanpa angka, 12 nama bulan dipisah koma, `date` dengan `{day}`, `{month}` dan `{year}`",
                en:
                    "copy the `format` group of the default theme's `i18n/en.yml` and adapt it: `decimal_separator` and `thousands_separator` different and without digits, 12 month names separated by commas, `date` with `{day}`, `{month}` and `{year}`"
            ))
    }

    /// `i18n.syntax`: the value at `key` of a translation file is neither a text nor a mapping of texts
    /// (empty `key`: the file itself is not a mapping).
    static func translationSyntax(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .i18nSyntax,
            key.isEmpty ? "berkas terjemahan harus berupa pemetaan `kunci: teks`" : "nilai `\(key)` di berkas terjemahan bukan teks",
            en: key.isEmpty ? "a translation file must be a mapping `key: text`" : "the value of `\(key)` in the translation file is not a text",
            hint: "tulis setiap teks sebagai `kunci: teks`, dikelompokkan dengan indentasi (misalnya `nav:` lalu `  program: Program`)",
            hintEN: "write each text as `key: text`, grouped by indentation (for example `nav:` then `  program: Program`)")
    }

    /// `template.unknown-variable`: a sequence helper (`first()`, `last()`, …, written `tag`) used where
    /// no list's section is directly around, in a template reached from the page templates `pages`:
    /// swift-mustache never sets it there.
    static func sequenceHelperOutsideList(_ tag: String, pages: [String]) -> DiagnosticMessage {
        let named = templatePages(pages)
        return DiagnosticMessage(
            .templateUnknownVariable,
            "`\(tag)` hanya berlaku langsung di dalam bagian sebuah daftar; di sini (\(named.id)) Mustache tidak pernah mengisinya",
            en: "`\(tag)` only works directly inside the section of a list; here (\(named.en)) Mustache never sets it",
            hint: "pakai `{{^\(tag)}}…{{/\(tag)}}` langsung di dalam `{{#daftar}}…{{/daftar}}`, tidak di dalam partial atau bagian lain di dalamnya",
            hintEN: "use `{{^\(tag)}}…{{/\(tag)}}` directly inside `{{#list}}…{{/list}}`, not inside a partial or another section within it")
    }

    /// The page templates `pages` as a message names them: at most five by name (a partial can be in
    /// every page), then how many there are.
    private static func templatePages(_ pages: [String]) -> Bilingual {
        let named = pages.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
        return Bilingual(
            "halaman " + named + (pages.count > 5 ? ", … (\(pages.count) halaman)" : ""),
            en: (pages.count == 1 ? "the page " : "the pages ") + named + (pages.count > 5 ? ", … (\(pages.count) pages)" : ""))
    }
}

/// The messages of the extras: search, link previews and the PDF (docs/errors.md, "Extras: search,
/// link previews, PDF").
extension DiagnosticMessage {
    /// `search.pagefind-missing`: `--search` was asked for and Pagefind (`pinned`) is not installed.
    static func pagefindMissing(pinned: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .searchPagefindMissing, "Pagefind tidak ditemukan; situs dibangun tanpa pencarian (`--search`)",
            en: "Pagefind was not found; the site is built without search (`--search`)",
            hint: "pasang dengan `python3 -m pip install 'pagefind[bin]==\(pinned)'` (atau jalankan `make site`), "
                + "atau tunjuk biner Pagefind dengan PAGEFIND_BINARY_PATH",
            hintEN: "install it with `python3 -m pip install 'pagefind[bin]==\(pinned)'` (or run `make site`), "
                + "or name the Pagefind binary with PAGEFIND_BINARY_PATH")
    }

    /// `search.failed`: Pagefind failed (`problem`).
    static func searchFailed(_ problem: Bilingual, pinned: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .searchFailed, "indeks pencarian tidak dapat dibuat: \(problem.id); situs sebelumnya tidak diubah",
            en: "the search index cannot be built: \(problem.en); the previous site is unchanged",
            hint: "periksa Pagefind dengan `python3 -m pagefind --version` (versi yang diuji: \(pinned)), atau bangun tanpa `--search`",
            hintEN: "check Pagefind with `python3 -m pagefind --version` (the tested version: \(pinned)), or build without `--search`")
    }

    /// `preview.rsvg-missing`: `--preview-images` was asked for and `rsvg-convert` is not installed.
    static let rsvgMissing = DiagnosticMessage(
        .previewRsvgMissing, "`rsvg-convert` tidak ditemukan; situs dibangun tanpa gambar pratinjau tautan (`--preview-images`)",
        en: "`rsvg-convert` was not found; the site is built without link-preview images (`--preview-images`)",
        hint: "pasang paket Debian `librsvg2-bin` (`apt-get install librsvg2-bin`), atau tunjuk programnya dengan TINJAU_RSVG_CONVERT",
        hintEN: "install the Debian package `librsvg2-bin` (`apt-get install librsvg2-bin`), or name the program with TINJAU_RSVG_CONVERT")

    /// `preview.no-base-url`: preview images are made into `folder`, but without `base_url` no page names them.
    static func previewsWithoutBaseURL(folder: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .previewNoBaseUrl,
            "gambar pratinjau tautan dibuat di `\(folder)/`, tetapi halaman belum menyebutnya: Open Graph memerlukan alamat lengkap",
            en: "link-preview images are made in `\(folder)/`, but the pages do not name them yet: Open Graph needs absolute addresses",
            hint: "isi `base_url` di tinjau.yml dengan alamat publik situs agar pratinjau tautan di aplikasi pesan menampilkan gambarnya",
            hintEN: "set `base_url` in tinjau.yml to the site's public address so that link previews in messaging apps show the images")
    }

    /// `preview.failed`: an image could not be made (`problem`).
    static func previewFailed(_ problem: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .previewFailed, "gambar pratinjau tautan tidak dapat dibuat: \(problem.id); situs sebelumnya tidak diubah",
            en: "the link-preview images cannot be made: \(problem.en); the previous site is unchanged",
            hint: "periksa `rsvg-convert --version` (paket Debian `librsvg2-bin`), atau bangun tanpa `--preview-images`",
            hintEN: "check `rsvg-convert --version` (Debian package `librsvg2-bin`), or build without `--preview-images`")
    }

    /// `pdf.chromium-missing`: `--pdf` was asked for and Chromium is not installed.
    static let chromiumMissing = DiagnosticMessage(
        .pdfChromiumMissing, "Chromium tidak ditemukan; situs dibangun tanpa PDF laporan (`--pdf`)",
        en: "Chromium was not found; the site is built without the report's PDF (`--pdf`)",
        hint:
            "pasang paket Debian `chromium` dan `poppler-utils` (`apt-get install chromium poppler-utils`), atau tunjuk Chromium atau Google Chrome dengan TINJAU_CHROMIUM",
        hintEN:
            "install the Debian packages `chromium` and `poppler-utils` (`apt-get install chromium poppler-utils`), or name Chromium or Google Chrome with TINJAU_CHROMIUM"
    )

    /// `pdf.no-page-numbers`: without `pdfinfo` the PDF's contents have no page numbers.
    static let pdfWithoutPageNumbers = DiagnosticMessage(
        .pdfNoPageNumbers, "daftar isi PDF tanpa nomor halaman: `pdfinfo` tidak ditemukan",
        en: "the PDF's table of contents has no page numbers: `pdfinfo` was not found",
        hint: "pasang poppler-utils (`apt-get install poppler-utils`) agar daftar isi memuat nomor halaman",
        hintEN: "install poppler-utils (`apt-get install poppler-utils`) for page numbers in the table of contents")

    /// `pdf.page-numbers-moved`: the contents' page numbers still moved after `passes` printings.
    static func pdfPageNumbersMoved(passes: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .pdfPageNumbersMoved, "nomor halaman di daftar isi PDF belum tetap setelah \(passes) kali cetak; periksa daftar isinya",
            en: "the page numbers of the PDF's table of contents did not settle after printing \(passes) times; check the contents",
            hint: "beri nomor halaman di daftar isi lebar tetap (`.toc-page` di style.css) agar angkanya tidak menggeser tata letak",
            hintEN: "give the contents' page numbers a fixed width (`.toc-page` in style.css) so that they do not move the layout")
    }

    /// `pdf.failed`: the PDF could not be printed (`problem`).
    static func pdfFailed(_ problem: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .pdfFailed, "PDF laporan tidak dapat dibuat: \(problem.id); situs sebelumnya tidak diubah",
            en: "the report's PDF cannot be made: \(problem.en); the previous site is unchanged",
            hint: "periksa Chromium (`chromium --version`, paket Debian `chromium`), atau bangun tanpa `--pdf`",
            hintEN: "check Chromium (`chromium --version`, Debian package `chromium`), or build without `--pdf`")
    }
}

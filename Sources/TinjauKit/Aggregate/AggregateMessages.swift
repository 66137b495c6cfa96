/// The messages of the aggregate stage (docs/errors.md, "Cross-file checks").
extension DiagnosticMessage {
    /// `money.json-precision`: the total of `field` passes 2⁵³ − 1 Rupiah.
    static func moneyBeyondJSONPrecision(_ field: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .moneyJsonPrecision,
            "jumlah `\(field)` melewati 9.007.199.254.740.991 Rupiah (2⁵³ − 1) saat menambahkan program ini; pembaca JSON yang memakai bilangan titik-mengambang (JavaScript) membulatkan angka sebesar itu",
            en:
                "the total of `\(field)` passes 9,007,199,254,740,991 Rupiah (2⁵³ − 1) when this programme is added; JSON readers that use floating-point numbers (JavaScript) round amounts that large",
            hint:
                "periksa jumlah digit `\(field)`; bila angkanya benar, nilai tepatnya ada di berkas CSV dan di teks JSON: bacalah dengan pengurai bilangan besar",
            hintEN:
                "check the number of digits of `\(field)`; if it is right, the exact value is in the CSV files and in the JSON text: read it with a big-number parser"
        )
    }

    /// `money.overflow`: the total of `field` passes the largest 64-bit amount.
    static func moneyOverflow(_ field: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .moneyOverflow,
            "jumlah `\(field)` melampaui batas yang dapat dihitung (9.223.372.036.854.775.807 Rupiah) saat menambahkan program ini",
            en:
                "the total of `\(field)` goes beyond the largest amount that can be computed (9,223,372,036,854,775,807 Rupiah) when this programme is added",
            hint: "periksa jumlah digit `\(field)`; kemungkinan ada angka nol yang berlebih",
            hintEN: "check the number of digits of `\(field)`; there may be a zero too many")
    }
}

import Foundation

/// The six smart-city dimensions of Kominfo's *Gerakan Menuju 100 Smart City*
/// framework, in the framework's order. The raw value is the content key
/// (`dimensi: governance`).
public enum DimensionID: String, CaseIterable, Sendable, Hashable, Comparable, Codable, CodingKeyRepresentable {
    case governance, branding, economy, living, society, environment

    /// Position in the framework's order, for sorting.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The name government texts use, untranslated: `Smart Governance`.
    public var smartName: String { "Smart " + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public static func < (lhs: DimensionID, rhs: DimensionID) -> Bool { lhs.order < rhs.order }

    /// The dimension a name as the site shows it stands for: `Smart Living`, `Ekosistem Tempat Hidup`,
    /// `tempat hidup` (case, accents and spaces ignored), for the hint of a wrongly written `dimensi`.
    public static func named(_ text: String) -> DimensionID? {
        func fold(_ s: String) -> String {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        }
        let wanted = fold(text)
        for dimension in Dimension.builtIn {
            let names = [dimension.id.rawValue, dimension.id.smartName, dimension.name, dimension.shortName]
            if names.map(fold).contains(wanted) { return dimension.id }
        }
        return nil
    }
}

/// An element of a dimension (Kominfo framework): three per dimension by default.
public struct Element: Hashable, Sendable, Codable {
    /// Content key, e.g. `layanan-publik`.
    public var slug: String
    /// Indonesian name, e.g. `Layanan Publik`.
    public var name: String

    /// Creates an element.
    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

/// A dimension with its Indonesian name and its elements, built in or overridden
/// by `content/dimensi.yml`.
public struct Dimension: Hashable, Sendable, Codable {
    /// Which of the six dimensions.
    public var id: DimensionID
    /// Indonesian name, e.g. `Tata Kelola Pemerintahan`.
    public var name: String
    /// Short Indonesian label for charts, e.g. `Tata Kelola`.
    public var shortName: String
    /// A sentence describing the dimension, or empty.
    public var description: String
    /// The elements, in display order.
    public var elements: [Element]

    /// Creates a dimension.
    public init(id: DimensionID, name: String, shortName: String? = nil, description: String = "", elements: [Element]) {
        self.id = id
        self.name = name
        self.shortName = shortName ?? name
        self.description = description
        self.elements = elements
    }

    /// The element with `slug`, if the dimension has it.
    public func element(_ slug: String) -> Element? { elements.first { $0.slug == slug } }

    /// The built-in dimensions and elements (Kominfo framework, element names from
    /// Kominfo's evaluation reports; slugs are tinjau's).
    public static let builtIn: [Dimension] = [
        Dimension(
            id: .governance, name: "Tata Kelola Pemerintahan", shortName: "Tata Kelola",
            description: "Tata kelola pemerintahan yang efektif, efisien, dan komunikatif.",
            elements: [
                Element(slug: "layanan-publik", name: "Layanan Publik"),
                Element(slug: "birokrasi", name: "Manajemen Birokrasi"),
                Element(slug: "kebijakan-publik", name: "Kebijakan Publik"),
            ]),
        Dimension(
            id: .branding, name: "Identitas dan Potensi Daerah", shortName: "Identitas Daerah",
            description: "Identitas daerah yang mendukung pengembangan potensi daerah.",
            elements: [
                Element(slug: "pariwisata", name: "Ekosistem Pariwisata"),
                Element(slug: "bisnis", name: "Ekosistem Bisnis Daerah"),
                Element(slug: "wajah-kota", name: "Wajah Kota"),
            ]),
        Dimension(
            id: .economy, name: "Kesejahteraan dan Pertumbuhan Berkelanjutan", shortName: "Ekonomi",
            description: "Kesejahteraan masyarakat dan pertumbuhan ekonomi yang berkesinambungan.",
            elements: [
                Element(slug: "industri", name: "Ekosistem Industri"),
                Element(slug: "kesejahteraan", name: "Kesejahteraan Rakyat"),
                Element(slug: "transaksi", name: "Ekosistem Transaksi Keuangan"),
            ]),
        Dimension(
            id: .living, name: "Ekosistem Tempat Hidup", shortName: "Tempat Hidup",
            description: "Lingkungan tempat tinggal yang layak, sehat, dan mudah dijangkau.",
            elements: [
                Element(slug: "tata-ruang", name: "Harmonisasi Tata Ruang"),
                Element(slug: "kesehatan", name: "Kesehatan"),
                Element(slug: "mobilitas", name: "Transportasi"),
            ]),
        Dimension(
            id: .society, name: "Masyarakat Cerdas, Kreatif, Berakhlak", shortName: "Masyarakat",
            description: "Masyarakat yang cerdas, kreatif, dan berakhlak.",
            elements: [
                Element(slug: "komunitas", name: "Komunitas"),
                Element(slug: "pendidikan", name: "Ekosistem Belajar"),
                Element(slug: "keamanan", name: "Keamanan"),
            ]),
        Dimension(
            id: .environment, name: "Pelestarian Lingkungan dan Sumber Daya", shortName: "Lingkungan",
            description: "Pelestarian lingkungan dan pemakaian sumber daya alam yang bijak.",
            elements: [
                Element(slug: "proteksi", name: "Proteksi Lingkungan"),
                Element(slug: "sampah", name: "Tata Kelola Sampah dan Limbah"),
                Element(slug: "energi", name: "Tata Kelola Energi"),
            ]),
    ]
}

/// The link-preview images of a build (`tinjau build --preview-images`): every ``PreviewCard`` the
/// renderer lists, rasterised to PNG (1200 × 630) on all cores.
public enum PreviewImages {
    /// The folder of the images in the site.
    public static let folder = "pratinjau"

    /// The PNG file of every card, in the cards' order.
    /// - Throws: ``BuildFailure`` (`preview.failed`) when an image cannot be made.
    public static func render(_ cards: [PreviewCard], with rasteriser: any SVGRasterising) throws -> [OutputFile] {
        PublishingTools.ignoreBrokenPipes()
        let results = Parallel.map(cards) { card -> Result<OutputFile, BuildFailure> in
            do {
                return .success(OutputFile(path: card.path, bytes: try rasteriser.png(svg: card.svg(), width: PreviewCard.width, height: PreviewCard.height)))
            } catch let failure as BuildFailure {
                return .failure(failure)
            } catch {
                return .failure(Self.failure("\(error)", en: "\(error)"))
            }
        }
        return try results.map { try $0.get() }
    }

    static func failure(_ message: String, en: String) -> BuildFailure {
        BuildFailure([Diagnostic(.error, "preview.failed", at: SourceLocation(path: folder),
                                 "gambar pratinjau tautan tidak dapat dibuat: \(message); situs sebelumnya tidak diubah",
                                 hint: "periksa `rsvg-convert --version` (paket Debian `librsvg2-bin`), atau bangun tanpa `--preview-images`",
                                 en: "the link-preview images cannot be made: \(en); the previous site is unchanged",
                                 hintEN: "check `rsvg-convert --version` (Debian package `librsvg2-bin`), or build without `--preview-images`")])
    }
}

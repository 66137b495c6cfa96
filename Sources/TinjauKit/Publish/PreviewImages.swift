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
                return .success(
                    OutputFile(path: card.path, bytes: try rasteriser.png(svg: card.svg(), width: PreviewCard.width, height: PreviewCard.height)))
            } catch let failure as BuildFailure {
                return .failure(failure)
            } catch {
                return .failure(Self.failure("\(error)", en: "\(error)"))
            }
        }
        return try results.map { try $0.get() }
    }

    static func failure(_ message: String, en: String) -> BuildFailure {
        BuildFailure([Diagnostic(.previewFailed(Bilingual(message, en: en)), at: SourceLocation(path: folder))])
    }
}

using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Turns a document's normalized text (NFC, one trimmed paragraph per line) into its structure:
/// header (<see cref="HeaderParser"/>), type line (<see cref="TypeLineFinder"/>), title
/// (<see cref="TitleExtractor"/>), sections (<see cref="SectionOutlineParser"/>), and the end block
/// (<see cref="EndBlockLocator"/>, <see cref="RecipientListParser"/>, <see cref="SignatureBlockParser"/>).
/// Every step looks at each paragraph a bounded number of times, so a 1 MB code parses in linear time.
/// </summary>
public static class DocumentStructureParser
{
    /// <summary>How far a header without a type line may reach (công văn: number, "V/v ...", date, "Kính gửi").</summary>
    private const int HeaderLimitWithoutTypeLine = 15;

    public static DocumentStructure Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = ParagraphSplitter.Split(text);

        var typeLine = TypeLineFinder.Find(paragraphs);
        var headerEnd = typeLine?.Index ?? TypeLineFinder.FirstBodyParagraph(paragraphs, HeaderLimitWithoutTypeLine);
        var header = HeaderParser.Parse(paragraphs, headerEnd);

        DocumentType type;
        string title;
        int bodyStart;
        if (typeLine is not null)
        {
            type = typeLine.Type;
            (title, bodyStart) = TitleExtractor.Extract(paragraphs, typeLine);
        }
        else if (header.Subject is null && EnglishLead.TryRead(text, paragraphs, headerEnd) is { } english)
        {
            // An English translation that names its type in its title ("LABOR CODE", "Law on State Audit") or not
            // at all ("Guiding the implementation of ..."): the lines above its "Pursuant to" are its title.
            type = english.Type;
            title = english.Title;
            bodyStart = headerEnd;
        }
        else
        {
            // A letter (công văn) has no type line; its "V/v ..." line is its subject.
            var fromSymbol = header.Symbol is null ? null : SymbolLineParser.TypeOf(header.Symbol);
            type = fromSymbol ?? (header.Subject is not null ? DocumentTypeCatalog.FromCode("CV", stateSymbol: true)! : DocumentTypeCatalog.Unknown);
            title = header.Subject ?? string.Empty;
            bodyStart = 0;
        }

        var (sections, firstEndBlock) = ParseBody(paragraphs, bodyStart);
        var leadEnd = sections.Count > 0
            ? IndexAt(paragraphs, sections[0].Start)
            : firstEndBlock?.Start ?? paragraphs.Count;
        // The header is the best witness; then the enacting line under the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        // then the sentence of the opening clause that issues the document (the seeds lost their headers).
        // A header prints the name in capitals; the record writes it as running text does ("Ban Tuyên giáo
        // Tỉnh ủy Nam Định"), so one body has one facet value however its header was typed.
        var printed = header.Issuer ?? (typeLine is not null ? EnactingLine.Find(paragraphs, bodyStart) : null);
        var issuer = printed is not null ? BodyNameCaser.Case(printed) : OpeningClauseIssuer.Find(paragraphs, bodyStart, leadEnd, type);
        IReadOnlyList<string> issuerLines = header.Issuer is not null ? header.IssuerLines : printed is not null ? [printed] : [];

        IReadOnlyList<string> recipients = [];
        Signer? signer = null;
        if (firstEndBlock is { } block)
        {
            var blockText = new List<string>(block.End - block.Start);
            for (var i = block.Start; i < block.End; i++)
                blockText.Add(paragraphs[i].Text);
            recipients = RecipientListParser.Parse(blockText);
            signer = SignatureBlockParser.Parse(blockText);
        }

        return new DocumentStructure(type, header.Symbol, title, issuer, header.Place, header.Date, sections, recipients, signer)
        {
            IssuerLines = issuerLines,
        };
    }

    /// <summary>
    /// Sections of the body, which stops at the first end block; whatever follows that block (an
    /// attached regulation, an appendix) is read for sections again, up to its own end block if any.
    /// </summary>
    private static (IReadOnlyList<Section> Sections, EndBlock? FirstEndBlock) ParseBody(IReadOnlyList<Paragraph> paragraphs, int bodyStart)
    {
        var sections = new List<Section>();
        EndBlock? first = null;
        var cursor = bodyStart;
        while (cursor < paragraphs.Count)
        {
            var block = EndBlockLocator.Locate(paragraphs, cursor);
            var stretchEnd = block?.Start ?? paragraphs.Count;
            sections.AddRange(SectionOutlineParser.Parse(paragraphs, cursor, stretchEnd));
            if (block is not { } found)
                break;
            first ??= found;
            cursor = found.End;
        }

        return (sections, first);
    }

    private static int IndexAt(IReadOnlyList<Paragraph> paragraphs, int offset)
    {
        var low = 0;
        var high = paragraphs.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (paragraphs[mid].Start < offset)
                low = mid + 1;
            else
                high = mid;
        }

        return low;
    }
}

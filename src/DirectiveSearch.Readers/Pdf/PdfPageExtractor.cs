using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and rebuilds the lines of every page, translating whatever the parser
/// throws into a <see cref="DocumentReadException"/> that says what is wrong with the file.
/// </summary>
internal sealed class PdfPageExtractor
{
    private const string Encrypted = "Tệp PDF bị mã hóa (encrypted) bằng mật khẩu, không đọc được";

    private readonly PdfLineBuilder lineBuilder = new();

    /// <param name="fonts">This document's legacy-font conversions, counted for its notices.</param>
    public IReadOnlyList<PdfPageText> Extract(byte[] bytes, ReadBudget budget, PdfLegacyFonts fonts)
    {
        // Many PDFs are encrypted only to restrict printing or copying, with an empty user password;
        // those open with it and read like any other.
        var parsing = new ParsingOptions { UseLenientParsing = true, Password = string.Empty };
        PdfDocument document;
        try
        {
            // PdfPig reads the file lazily, page by page, through this stream: each read charges the
            // budget, which stops a parse that loops over a damaged cross-reference table.
            document = PdfDocument.Open(new CheckedStream(new MemoryStream(bytes, writable: false), budget), parsing);
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentReadException(Encrypted, exception);
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            // Lenient parsing retries after failures, so the budget's own exception may arrive wrapped or replaced.
            budget.ThrowIfExceeded();
            throw new DocumentReadException(PdfFileCheck.DamageReason(bytes), exception);
        }

        using (document)
        {
            if (document.NumberOfPages > budget.Limits.MaxPages)
                throw new DocumentReadException($"Tệp PDF có {document.NumberOfPages} trang, vượt giới hạn {budget.Limits.MaxPages} trang cho một tệp");
            var pages = new List<PdfPageText>(document.NumberOfPages);
            long glyphs = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                budget.Check();
                pages.Add(ReadPage(document, number, budget, fonts, ref glyphs));
            }
            return pages;
        }
    }

    /// <param name="glyphs">Glyphs of the pages before, for the document's text limit.</param>
    private PdfPageText ReadPage(PdfDocument document, int number, ReadBudget budget, PdfLegacyFonts fonts, ref long glyphs)
    {
        try
        {
            var page = document.GetPage(number);
            var letters = page.Letters;
            if (letters.Count > budget.Limits.MaxGlyphsPerPage)
                throw new DocumentReadException($"Tệp PDF bị từ chối: trang {number} vẽ {Sizes.Count(letters.Count)} ký tự, vượt giới hạn {Sizes.Count(budget.Limits.MaxGlyphsPerPage)} ký tự cho một trang");
            glyphs += letters.Count;
            if (glyphs > budget.Limits.MaxTextCharacters)
                throw new DocumentReadException($"Tệp PDF bị từ chối: văn bản vượt giới hạn {Sizes.Count(budget.Limits.MaxTextCharacters)} ký tự cho một tệp (đến trang {number})");
            // A page can take PdfPig long without reading the file (millions of operators): a read
            // given up on by the ingest watchdog ends here rather than after laying out the page.
            budget.Check();
            if (!letters.Any(letter => letter.Value is not null && PdfTextCleaner.IsVisible(letter.Value)))
                return new PdfPageText(number, []);
            return new PdfPageText(number, lineBuilder.Build(letters, page.CropBox.Bounds, number, fonts));
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentReadException(Encrypted, exception);
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            budget.ThrowIfExceeded();
            throw new DocumentReadException($"Tệp PDF bị hỏng: không đọc được nội dung trang {number}", exception);
        }
    }

    // PdfPig reports damaged input with whatever exception the broken structure leads it into
    // (format, cast, index, null reference...); all of them mean the same thing to the user.
    private static bool IsParserFailure(Exception exception) =>
        exception is not (DocumentReadException or OutOfMemoryException or OperationCanceledException);
}

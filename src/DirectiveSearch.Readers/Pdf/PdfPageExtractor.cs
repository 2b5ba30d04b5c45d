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
    public IReadOnlyList<PdfPageText> Extract(byte[] bytes, PdfLegacyFonts fonts)
    {
        // Many PDFs are encrypted only to restrict printing or copying, with an empty user password;
        // those open with it and read like any other.
        var parsing = new ParsingOptions { UseLenientParsing = true, Password = string.Empty };
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, parsing);
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentReadException(Encrypted, exception);
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            throw new DocumentReadException(PdfFileCheck.DamageReason(bytes), exception);
        }

        using (document)
        {
            var pages = new List<PdfPageText>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
                pages.Add(ReadPage(document, number, fonts));
            return pages;
        }
    }

    private PdfPageText ReadPage(PdfDocument document, int number, PdfLegacyFonts fonts)
    {
        try
        {
            var page = document.GetPage(number);
            var letters = page.Letters;
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
            throw new DocumentReadException($"Tệp PDF bị hỏng: không đọc được nội dung trang {number}", exception);
        }
    }

    // PdfPig reports damaged input with whatever exception the broken structure leads it into
    // (format, cast, index, null reference...); all of them mean the same thing to the user.
    private static bool IsParserFailure(Exception exception) =>
        exception is not (DocumentReadException or OutOfMemoryException or OperationCanceledException);
}

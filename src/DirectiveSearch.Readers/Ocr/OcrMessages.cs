namespace DirectiveSearch.Readers.Ocr;

/// <summary>The Vietnamese reasons OCR gives users, kept together so their wording stays consistent.</summary>
internal static class OcrMessages
{
    private const string Prefix = "Không chạy được OCR: ";

    // Long stderr (pdftoppm repeats "Syntax Error" per object) would bury the reason; the tools
    // print the decisive line last.
    private const int MaxToolErrorLength = 300;

    public static string Unavailable(IEnumerable<string> problems) => Prefix + string.Join("; ", problems);

    public static string MissingTesseract(string configured, IReadOnlyList<string> languages) =>
        MissingTool("tesseract", configured, "tesseract-ocr và " + string.Join(" và ", languages.Select(LanguagePackage)));

    public static string MissingPdftoppm(string configured) => MissingTool("pdftoppm", configured, "poppler-utils");

    public static string MissingLanguages(IReadOnlyList<string> languages) =>
        $"tesseract chưa có dữ liệu ngôn ngữ {string.Join(", ", languages.Select(l => $"'{l}'"))} " +
        $"(cài gói {string.Join(" và ", languages.Select(LanguagePackage))})";

    public static string TesseractUnusable(ToolResult result) =>
        $"'tesseract --list-langs' không chạy được{Describe(result)}";

    public static string PageFailed(int page, string tool, ToolResult result) =>
        $"OCR thất bại ở trang {page}: {tool}{Describe(result)}";

    public static string NoImage(int page) =>
        $"OCR thất bại ở trang {page}: pdftoppm kết thúc bình thường nhưng không tạo ra ảnh trang";

    private static string MissingTool(string tool, string configured, string packages)
    {
        var where = configured == tool ? string.Empty : $", đường dẫn đã cấu hình '{configured}'";
        return $"thiếu công cụ '{tool}' (cài gói {packages}{where})";
    }

    // Debian names language packs tesseract-ocr-<code> with '_' turned into '-': chi_sim → tesseract-ocr-chi-sim.
    private static string LanguagePackage(string language) =>
        "tesseract-ocr-" + language.Replace('_', '-').ToLowerInvariant();

    private static string Describe(ToolResult result)
    {
        var what = result.TimedOut ? " chạy quá thời gian cho phép và đã bị dừng" : $" trả về mã lỗi {result.ExitCode}";
        var error = Shorten(result.StandardError);
        return error.Length == 0 ? what : $"{what}: {error}";
    }

    private static string Shorten(string toolError)
    {
        var oneLine = string.Join(" | ", toolError
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= MaxToolErrorLength ? oneLine : "…" + oneLine[^MaxToolErrorLength..];
    }
}

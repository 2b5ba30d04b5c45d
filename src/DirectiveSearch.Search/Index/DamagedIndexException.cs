namespace DirectiveSearch.Search.Index;

/// <summary>
/// The index folder holds an index that cannot be read whole. The message is for the user, in Vietnamese: the
/// folder, what is wrong, and the way out (a rebuild from the corpus and the uploads, which keeps the uploads).
/// </summary>
public sealed class DamagedIndexException(string folder, string reason, Exception? inner = null)
    : Exception(
        $"Chỉ mục tại '{folder}' bị hỏng ({reason}) nên không dùng được. Hãy dựng lại nó từ kho văn bản và các tệp đã tải lên: " +
        $"dirsearch ingest --rebuild [THƯ_MỤC_KHO...] --index '{folder}' (các tệp hỏng được chuyển vào một thư mục damaged-... trong chỉ mục, không bị xóa).",
        inner)
{
    public string Folder => folder;

    public string Reason => reason;
}

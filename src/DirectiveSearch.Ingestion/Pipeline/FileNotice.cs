namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>A notice about one accepted file, in Vietnamese: "Tệp được viết bằng bảng mã cũ VNI, đã chuyển sang Unicode ...".</summary>
public sealed record FileNotice(string Path, string Message);

namespace DirectiveSearch.TestSupport;

/// <summary>A copy written by <see cref="CascadeCorpus"/>: its file and the header it was given.</summary>
/// <param name="Parent">The file it was copied from (a seed's .txt, or the district's copy).</param>
public sealed record WrittenCopy(string Path, string Parent, CopyHeader Header);

/// <summary>
/// A province → district → commune cascade over a seed plan: two districts copy the province's text, and a commune
/// copies each district's, every one with a header of its own and three paragraphs reworded.
/// </summary>
public static class CascadeCorpus
{
    private static readonly (string Body, string Issuer, string Unit, string Place, string Signer)[] Districts =
    [
        ("ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY XUÂN TRƯỜNG", "HU", "Xuân Trường", "Trần Văn Hưng"),
        ("ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY GIAO THỦY", "HU", "Giao Thủy", "Phạm Thị Lan"),
    ];

    private static readonly (string Body, string Issuer, string Unit, string Place, string Signer)[] Communes =
    [
        ("ĐẢNG BỘ HUYỆN XUÂN TRƯỜNG", "ĐẢNG ỦY XÃ XUÂN HÒA", "ĐU", "Xuân Hòa", "Vũ Đức Minh"),
        ("ĐẢNG BỘ HUYỆN GIAO THỦY", "ĐẢNG ỦY XÃ GIAO LẠC", "ĐU", "Giao Lạc", "Đỗ Văn Khánh"),
    ];

    /// <summary>Writes the four copies of <paramref name="provinceText"/> into <paramref name="folder"/>, named after <paramref name="stem"/>.</summary>
    /// <param name="number">Varies the copies' numbers and dates between seeds.</param>
    public static IReadOnlyList<WrittenCopy> Write(string folder, string stem, string provinceTextPath, int number)
    {
        var province = File.ReadAllText(provinceTextPath);
        var written = new List<WrittenCopy>();
        for (var d = 0; d < Districts.Length; d++)
        {
            var district = Districts[d];
            var districtHeader = new CopyHeader(district.Body, district.Issuer, $"{10 + number * 4 + d}-KH/{district.Unit}", district.Place, new DateOnly(2022, 1 + number, 10 + d), "T/M BAN THƯỜNG VỤ", "BÍ THƯ", district.Signer, "huyện");
            var districtText = CascadeCopy.Make(province, districtHeader, changedParagraphs: 3);
            var districtPath = Path.Combine(folder, $"{stem}.district{d + 1}.txt");
            File.WriteAllText(districtPath, districtText);
            written.Add(new WrittenCopy(districtPath, provinceTextPath, districtHeader));

            var commune = Communes[d];
            var communeHeader = new CopyHeader(commune.Body, commune.Issuer, $"{20 + number * 4 + d}-KH/{commune.Unit}", commune.Place, new DateOnly(2022, 2 + number, 15 + d), "T/M ĐẢNG ỦY", "BÍ THƯ", commune.Signer, "xã");
            var communePath = Path.Combine(folder, $"{stem}.commune{d + 1}.txt");
            File.WriteAllText(communePath, CascadeCopy.Make(districtText, communeHeader, changedParagraphs: 3));
            written.Add(new WrittenCopy(communePath, districtPath, communeHeader));
        }

        return written;
    }
}

using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>
/// State documents from the shared bench (laws and vbpl.vn pages): chapter and article paths, headers
/// and signatures, and a sweep of every file for well-formed sections.
/// </summary>
public sealed class BenchStructureTests
{
    private static List<string> Paths(DocumentStructure structure) =>
        SectionInvariants.Flatten(structure.Sections).Select(s => s.Path).ToList();

    private static List<int> ArticleNumbers(DocumentStructure structure) =>
        SectionInvariants.Flatten(structure.Sections)
            .Select(s => s.Path.Split('/')[^1])
            .Where(last => last.StartsWith("Điều ", StringComparison.Ordinal))
            .Select(last => int.Parse(last["Điều ".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    [BenchFact]
    public void A_law_yields_chapters_and_articles()
    {
        var text = StructureTestFiles.Bench("laws/Luat-Canh-ve-2017-280117.txt");
        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("Luật", "Luật"), structure.Type);
        Assert.Equal("13/2017/QH14", structure.Symbol);
        Assert.Equal("CẢNH VỆ", structure.Title);
        Assert.Equal("Quốc hội", structure.Issuer);
        Assert.Equal(("Hà Nội", new DateOnly(2017, 6, 20)), (structure.Place, structure.Date));
        Assert.Equal(new Signer(null, "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân"), structure.Signer);

        Assert.Equal(["Chương I", "Chương II", "Chương III", "Chương IV", "Chương V", "Chương VI"], structure.Sections.Select(s => s.Path));
        Assert.Equal(Enumerable.Range(1, 33), ArticleNumbers(structure));
        var paths = Paths(structure);
        Assert.Contains("Chương I/Điều 1", paths);
        Assert.Contains("Chương I/Điều 3/6", paths);
        Assert.Contains("Chương I/Điều 8/2/đ", paths);
        Assert.Contains("Chương VI/Điều 33", paths);
        var first = structure.Sections[0].Children[0];
        Assert.Equal("Phạm vi điều chỉnh", first.Heading);
        Assert.StartsWith("Điều 1. Phạm vi điều chỉnh", text[first.Start..], StringComparison.Ordinal);
        // The signature is not part of the last article.
        var last = SectionInvariants.Flatten(structure.Sections).Last();
        Assert.DoesNotContain("CHỦ TỊCH QUỐC HỘI", text[last.Start..last.End], StringComparison.Ordinal);
        SectionInvariants.AssertWellFormed(text, structure.Sections);
        SectionInvariants.AssertHeadingsCovered(text, structure.Sections, structure.Sections[0].Start, text.IndexOf("\nCHỦ TỊCH QUỐC HỘI", StringComparison.Ordinal));
    }

    [BenchFact]
    public void A_code_yields_parts_chapters_divisions_and_all_its_articles()
    {
        var text = StructureTestFiles.Bench("laws/Bo-luat-dan-su-2015-296215.txt");
        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("BL", "Bộ luật"), structure.Type);
        Assert.Equal("91/2015/QH13", structure.Symbol);
        Assert.Equal("DÂN SỰ", structure.Title);
        Assert.Equal(("Phần thứ nhất", "QUY ĐỊNH CHUNG"), (structure.Sections[0].Path, structure.Sections[0].Heading));
        var paths = Paths(structure);
        Assert.Contains("Phần thứ nhất/Chương I/Điều 1", paths);
        Assert.Contains("Phần thứ nhất/Chương III/Mục 1", paths);
        Assert.Contains("Phần thứ hai/Chương XI", paths);
        Assert.Contains("Phần thứ sáu/Điều 689", paths);
        Assert.Equal(Enumerable.Range(1, 689), ArticleNumbers(structure));
        SectionInvariants.AssertWellFormed(text, structure.Sections);
    }

    [BenchFact]
    public void An_old_law_numbers_chapters_with_digits_and_clauses_with_dashes()
    {
        var structure = DocumentStructureParser.Parse(StructureTestFiles.Bench("laws/Luat-Bao-ve-suc-khoe-nhan-dan-1989-21-LCT-HDNN8-37690.txt"));

        Assert.Equal("21-LCT/HĐNN8", structure.Symbol);
        Assert.Equal(new DateOnly(1989, 6, 30), structure.Date);
        var paths = Paths(structure);
        Assert.Equal(("Chương 1", "NHỮNG QUY ĐỊNH CHUNG"), (structure.Sections[0].Path, structure.Sections[0].Heading));
        Assert.Contains("Chương 1/Điều 1/1", paths);
        Assert.Contains("Chương 1/Điều 1/2", paths);
        Assert.Equal(Enumerable.Range(1, 55), ArticleNumbers(structure));
    }

    [BenchFact]
    public void A_decree_yields_its_header_divisions_and_signature()
    {
        var text = StructureTestFiles.Bench("vbpl/doc_000001.txt");
        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal(new DocumentType("NĐ", "Nghị định"), structure.Type);
        Assert.Equal("249/2025/NĐ-CP", structure.Symbol);
        Assert.Equal("Quy định cơ chế, chính sách thu hút chuyên gia khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", structure.Title);
        Assert.Equal("Chính phủ", structure.Issuer);
        Assert.Equal(("Hà Nội", new DateOnly(2025, 9, 19)), (structure.Place, structure.Date));
        Assert.Equal(new Signer("TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình") { Capacity = "KT. THỦ TƯỚNG" }, structure.Signer);
        var paths = Paths(structure);
        Assert.Equal(["Chương I", "Chương II", "Chương III"], structure.Sections.Select(s => s.Path));
        Assert.Contains("Chương II/Mục 1/Điều 3/2/a", paths);
        Assert.Equal(Enumerable.Range(1, 16), ArticleNumbers(structure));
        SectionInvariants.AssertWellFormed(text, structure.Sections);
    }

    [BenchFact]
    public void A_decree_with_appendices_lists_its_recipients_and_keeps_its_articles_apart()
    {
        var text = StructureTestFiles.Bench("vbpl/doc_000154.txt");
        var structure = DocumentStructureParser.Parse(text);

        Assert.Equal("347/2025/NĐ-CP", structure.Symbol);
        // The header cell with the issuer is empty in this file: the enacting sentence names it.
        Assert.Equal("Chính phủ", structure.Issuer);
        Assert.Equal(new Signer("TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc") { Capacity = "KT. THỦ TƯỚNG" }, structure.Signer);
        Assert.Equal(16, structure.Recipients.Count);
        Assert.Equal("Ban Bí thư Trung ương Đảng", structure.Recipients[0]);
        Assert.Equal("Lưu: VT, KSTT (2b)", structure.Recipients[^1]);
        Assert.Equal(["Chương I", "Chương II", "Chương III"], structure.Sections.Take(3).Select(s => s.Path));
        var chapter3 = structure.Sections[2];
        Assert.EndsWith("thi hành Nghị định này.", text[chapter3.Start..chapter3.End], StringComparison.Ordinal);
    }

    [BenchFact]
    public void Every_bench_document_parses_into_well_formed_sections()
    {
        var files = Directory.GetFiles(Path.Combine(StructureTestFiles.BenchDirectory, "laws"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(StructureTestFiles.BenchDirectory, "vbpl"), "*.txt"))
            .ToList();
        Assert.True(files.Count > 1000, $"expected the whole bench, found {files.Count} files");

        var lawsWithArticles = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(StructureTestFiles.BenchDirectory, file);
            var text = StructureTestFiles.Bench(relative);
            var structure = DocumentStructureParser.Parse(text);
            SectionInvariants.AssertWellFormed(text, structure.Sections);
            if (relative.StartsWith("laws", StringComparison.Ordinal) && ArticleNumbers(structure).Count > 0)
                lawsWithArticles++;
        }

        Assert.True(lawsWithArticles >= 200, $"only {lawsWithArticles} laws yielded articles");
    }

    [BenchFact]
    public async Task A_megabyte_document_is_parsed_whole()
    {
        // A hang guard, not a speed measure (that is `dirsearch bench`): parsing takes well under a second.
        var code = StructureTestFiles.Bench("laws/Bo-luat-hinh-su-2015-296661.txt");
        var text = string.Join('\n', Enumerable.Repeat(code, 2));
        Assert.True(text.Length > 1_000_000);

        var structure = await Task.Run(() => DocumentStructureParser.Parse(text)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEmpty(structure.Sections);
    }
}

using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class TypeLineFinderTests
{
    [Fact]
    public void Finds_the_type_line_under_the_header()
    {
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text("*", "Số 62-KH/ĐUK", "KẾ HOẠCH", "thực hiện Nghị quyết số 21-NQ/TW"));
        var typeLine = TypeLineFinder.Find(paragraphs);
        Assert.NotNull(typeLine);
        Assert.Equal(2, typeLine.Index);
        Assert.Equal("KH", typeLine.Type.Code);
    }

    [Fact]
    public void Stops_at_the_body()
    {
        // "QUYẾT ĐỊNH:" and capital type words below the opening clause are not type lines.
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text("Căn cứ Luật Tổ chức Chính phủ;", "KẾ HOẠCH"));
        Assert.Null(TypeLineFinder.Find(paragraphs));
        paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text("I. MỤC ĐÍCH", "KẾ HOẠCH"));
        Assert.Null(TypeLineFinder.Find(paragraphs));
    }
}

using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class SectionOutlineParserTests
{
    private static (string Text, IReadOnlyList<Section> Sections) Parse(params string[] document)
    {
        var text = StructureTestFiles.Text(document);
        var paragraphs = ParagraphSplitter.Split(text);
        var sections = SectionOutlineParser.Parse(paragraphs, 0, paragraphs.Count);
        SectionInvariants.AssertWellFormed(text, sections);
        return (text, sections);
    }

    private static List<(string Path, string Heading)> Outline(IReadOnlyList<Section> sections) =>
        SectionInvariants.Flatten(sections).Select(s => (s.Path, s.Heading)).ToList();

    [Fact]
    public void Nests_party_parts_items_sub_items_and_points()
    {
        var (_, sections) = Parse(
            "I- MỤC ĐÍCH, YÊU CẦU",
            "1- Mục đích",
            "- Nghiên cứu, học tập.",
            "II. NHIỆM VỤ",
            "1. Công tác chuẩn bị",
            "1.1. Chuẩn bị tài liệu",
            "a) Mở đầu",
            "- Tuyên bố lý do.",
            "b) Tiến hành",
            "1.2. Trình tự",
            "2. Thời gian",
            "+ Quý I/2022.");

        Assert.Equal(
            [
                ("I", "MỤC ĐÍCH, YÊU CẦU"), ("I.1", "Mục đích"),
                ("II", "NHIỆM VỤ"), ("II.1", "Công tác chuẩn bị"), ("II.1.1", "Chuẩn bị tài liệu"),
                ("II.1.1.a", "Mở đầu"), ("II.1.1.b", "Tiến hành"), ("II.1.2", "Trình tự"), ("II.2", "Thời gian"),
            ],
            Outline(sections));
    }

    [Fact]
    public void Section_spans_run_from_the_heading_to_the_last_paragraph_before_the_next_sibling()
    {
        var (text, sections) = Parse("I. MỤC ĐÍCH", "1. Mục đích", "- Nội dung.", "2. Yêu cầu", "- Khác.", "II. TỔ CHỨC", "Nội dung cuối.");
        Assert.Equal("I. MỤC ĐÍCH\n1. Mục đích\n- Nội dung.\n2. Yêu cầu\n- Khác.", text[sections[0].Start..sections[0].End]);
        Assert.Equal("1. Mục đích\n- Nội dung.", text[sections[0].Children[0].Start..sections[0].Children[0].End]);
        Assert.Equal("2. Yêu cầu\n- Khác.", text[sections[0].Children[1].Start..sections[0].Children[1].End]);
        Assert.Equal("II. TỔ CHỨC\nNội dung cuối.", text[sections[1].Start..sections[1].End]);
    }

    [Fact]
    public void Keeps_repeated_numbers_as_separate_sections()
    {
        // Seed 000 numbers two parts "III".
        var (text, sections) = Parse("III. TỔ CHỨC ĐỢT SINH HOẠT", "Nội dung một.", "III- TỔ CHỨC THỰC HIỆN", "Nội dung hai.");
        Assert.Equal([("III", "TỔ CHỨC ĐỢT SINH HOẠT"), ("III", "TỔ CHỨC THỰC HIỆN")], Outline(sections));
        Assert.Equal("III- TỔ CHỨC THỰC HIỆN\nNội dung hai.", text[sections[1].Start..sections[1].End]);
    }

    [Fact]
    public void Content_before_the_first_heading_belongs_to_no_section()
    {
        var (text, sections) = Parse("Thực hiện Kế hoạch số 49-KH/TU, Đảng ủy Sở xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH");
        Assert.Single(sections);
        Assert.Equal(text.IndexOf("I. MỤC ĐÍCH", StringComparison.Ordinal), sections[0].Start);
    }

    [Fact]
    public void Closing_sentences_and_dates_end_nothing()
    {
        var (text, sections) = Parse("I. TỔ CHỨC THỰC HIỆN", "1. Các chi bộ", "Trên đây là Kế hoạch tổ chức.", "2022. Năm bản lề.");
        Assert.Equal(text.Length, sections[0].End);
        Assert.Equal(text.Length, sections[0].Children[0].End);
    }

    [Fact]
    public void Builds_state_paths_with_chapters_divisions_articles_clauses_and_points()
    {
        var (_, sections) = Parse(
            "Phần thứ nhất",
            "QUY ĐỊNH CHUNG",
            "Chương I",
            "NHỮNG QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về cảnh vệ.",
            "Chương II",
            "NHỮNG QUY ĐỊNH CỤ THỂ",
            "Mục 1",
            "TIÊU CHÍ TUYỂN CHỌN",
            "Điều 5. Tiêu chí",
            "1. Tiêu chí chung:",
            "a) Có lý lịch rõ ràng;",
            "b) Có đạo đức tốt.",
            "2. Tiêu chí riêng.",
            "Điều 6. Quy trình");

        Assert.Equal(
            [
                ("Phần thứ nhất", "QUY ĐỊNH CHUNG"),
                ("Phần thứ nhất/Chương I", "NHỮNG QUY ĐỊNH CHUNG"),
                ("Phần thứ nhất/Chương I/Điều 1", "Phạm vi điều chỉnh"),
                ("Phần thứ nhất/Chương II", "NHỮNG QUY ĐỊNH CỤ THỂ"),
                ("Phần thứ nhất/Chương II/Mục 1", "TIÊU CHÍ TUYỂN CHỌN"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 5", "Tiêu chí"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 5/1", "Tiêu chí chung"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 5/1/a", "Có lý lịch rõ ràng"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 5/1/b", "Có đạo đức tốt"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 5/2", "Tiêu chí riêng"),
                ("Phần thứ nhất/Chương II/Mục 1/Điều 6", "Quy trình"),
            ],
            Outline(sections));
    }

    [Fact]
    public void A_chapter_title_on_the_next_line_stays_inside_the_chapter()
    {
        var (text, sections) = Parse("Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh");
        Assert.Equal(0, sections[0].Start);
        Assert.Equal(text.Length, sections[0].End);
        // The article under it is not mistaken for the title.
        var (_, bare) = Parse("Chương I", "Điều 1. Phạm vi điều chỉnh");
        Assert.Equal(("Chương I", ""), (bare[0].Path, bare[0].Heading));
        Assert.Equal("Chương I/Điều 1", bare[0].Children[0].Path);
    }

    [Fact]
    public void An_article_without_a_title_keeps_its_body_out_of_the_heading()
    {
        var (_, sections) = Parse("Điều 1", "Biên giới quốc gia của nước Cộng hoà xã hội chủ nghĩa Việt Nam là đường.");
        Assert.Equal(("Điều 1", ""), (sections[0].Path, sections[0].Heading));
    }

    [Fact]
    public void Sub_items_without_an_item_hang_under_the_part()
    {
        var (_, sections) = Parse("II. NHIỆM VỤ", "2.1. Tiếp tục lãnh đạo", "2.2. Rà soát");
        Assert.Equal([("II", "NHIỆM VỤ"), ("II.2.1", "Tiếp tục lãnh đạo"), ("II.2.2", "Rà soát")], Outline(sections));
    }

    [Fact]
    public void Joins_headings_broken_by_a_soft_line_break()
    {
        var (text, sections) = Parse(
            "II- NỘI DUNG, ĐỐI TƯỢNG, PHƯƠNG THỨC, THỜI GIAN HỌC TẬP,",
            "QUẢN TRIỆT",
            "1. Kết hợp chặt chẽ giữa “học tập” với “làm theo” tư tưởng, đạo đức,",
            "phong cách Hồ Chí Minh",
            "- Thực hiện nội dung học tập.",
            "Chương III",
            "LỰC LƯỢNG CẢNH VỆ; NHIỆM VỤ, QUYỀN HẠN",
            "CỦA LỰC LƯỢNG CẢNH VỆ",
            "Điều 9. Lực lượng Cảnh vệ");

        Assert.Equal(
            [
                ("II", "NỘI DUNG, ĐỐI TƯỢNG, PHƯƠNG THỨC, THỜI GIAN HỌC TẬP, QUẢN TRIỆT"),
                ("II.1", "Kết hợp chặt chẽ giữa “học tập” với “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
                ("Chương III", "LỰC LƯỢNG CẢNH VỆ; NHIỆM VỤ, QUYỀN HẠN CỦA LỰC LƯỢNG CẢNH VỆ"),
                ("Chương III/Điều 9", "Lực lượng Cảnh vệ"),
            ],
            Outline(sections));
        // Only the heading text is joined: the continuation paragraphs stay inside their sections.
        Assert.StartsWith("II- NỘI DUNG", text[sections[0].Start..], StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("1. Kết hợp", StringComparison.Ordinal), sections[0].Children[0].Start);
    }

    [Fact]
    public void A_sentence_ending_the_heading_line_is_not_continued()
    {
        var (_, sections) = Parse("1. Tổ chức quán triệt.", "các chi bộ thực hiện.");
        Assert.Equal("Tổ chức quán triệt", sections[0].Heading);
    }

    [Fact]
    public void Reads_only_the_stretch_it_is_given()
    {
        var text = StructureTestFiles.Text("I. MỤC ĐÍCH", "Nội dung.", "Nơi nhận:", "1. Không phải mục");
        var paragraphs = ParagraphSplitter.Split(text);
        var sections = SectionOutlineParser.Parse(paragraphs, 0, 2);
        Assert.Single(sections);
        Assert.Equal("I. MỤC ĐÍCH\nNội dung.", text[sections[0].Start..sections[0].End]);
        Assert.Empty(sections[0].Children);
    }
}

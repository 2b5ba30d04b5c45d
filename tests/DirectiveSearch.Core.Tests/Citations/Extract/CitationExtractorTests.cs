using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Annotate;
using DirectiveSearch.Core.Citations.Extract;

namespace DirectiveSearch.Core.Tests.Citations.Extract;

/// <summary>
/// Extraction, as tables of (input, expected). Spans are written inline in eyecite's notation: the input is
/// the expected markup with its tags removed, and the extraction must give the markup back.
/// </summary>
public sealed class CitationExtractorTests
{
    public static TheoryData<string> Spans => new()
    {
        // Full Party citation; without "số"; the state forms.
        "Thực hiện <0>Kết luận số 21-KL/TW</0>, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng.",
        "<0>Kết luận 29-KL/TU</0>, ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy; <1>Quy định 213-QĐ/TW</1> ngày 02/01/2020 của Bộ Chính trị.",
        "mời đại diện Đoàn công tác theo <0>Quyết định 183-QĐ/ThU</0>, đại diện lãnh đạo",
        "theo <0>Chương trình hành động số 05-CTr/TU</0> và Nghị quyết Đại hội Đảng bộ Khối",
        "Căn cứ <0>Luật Tổ chức Chính phủ số 63/2025/QH15</0>;",
        "Căn cứ <0>Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15</0>;",
        "tại <0>Nghị định số 249/2025/NĐ-CP</0> ngày 19 tháng 9 năm 2025 của Chính phủ",
        "theo <0>Thông tư số 12/2024/TT-BNV</0> và <1>Nghị quyết số 71/NQ-CP</1> của Chính phủ",
        "<0>Luật số 90/2025/QH15</0> sửa đổi",
        // Bench documents: spaces beside the code's dash, and a dotted number read whole, not as "13/2026/NQ-CP".
        "theo quy định tại <0>Quyết định số 596/QĐ- BVHTTDL</0> ngày 27 tháng 02 năm 2020",
        "bổ sung một số điều của <0>Thông tư số 02/2020/TT -BTP</0> ngày 08/4/2020",
        "an toàn thực phẩm và <0>Nghị quyết số 66.13/2026/NQ-CP</0> ngày 27 tháng 01 năm 2026",
        // Spaces inside the symbol (seeds 002, 003).
        "sơ kết 03 năm thực hiện <0>Kết luận số 01- KL/TW</0> vào quý II năm 2023",
        "Căn cứ nhiệm vụ, giải pháp trong <0>Nghị quyết số 21- NQ/TW</0> của Ban Chấp hành Trung ương",
        // No symbol at all (seed 001).
        "thực hiện <0>Kết luận số 01</0>, ngày 18/5/2021 của Bộ Chính trị và <1>Kết luận số 21-KL/TW</1>, ngày 25/10/2021",
        // Named meetings: one citation per noun.
        "triển khai thực hiện <0>kết luận</0>, <1>quy định</1> của Hội nghị Trung ương 4 khóa XIII.",
        "phổ biến các <0>kết luận</0>, <1>quy định</1> của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
        "căn cứ vào <0>kết luận</0> và <1>quy định</1> của Hội nghị Trung ương 4 (khóa XIII), nghiêm túc",
        "triển khai thực hiện <0>Nghị quyết</0> hội nghị lần thứ sáu Ban chấp hành Trung ương Đảng khóa XIII theo",
        "chương trình hành động thực hiện <0>Nghị quyết</0> Đại hội XIII của Đảng",
        "gắn với việc thực hiện <0>Nghị quyết</0> Đại hội Đảng toàn quốc lần thứ XIII, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX",
        // Self references.
        "Cấp ủy các chi bộ căn cứ <0>Kế hoạch này</0> triển khai",
        "Số <0>28-KH/ĐUK</0>\nKẾ HOẠCH",
        "Luật số: <0>128/2025/QH15</0>\nLUẬT\nTHI HÀNH TẠM GIỮ, TẠM GIAM",
        // A short name: defined, then used alone; "Kết luận số ..." of another directive is not a use.
        "Thực hiện <0>Kết luận số 21-KL/TW</0> của Ban Chấp hành Trung ương (sau đây gọi là Kết luận); trong việc thực hiện <1>Kết luận</1>; <2>Kết luận số 01-KL/TW</2>.",
        // Two short names at once.
        "Thực hiện <0>Kết luận số 21-KL/TW</0> (sau đây gọi là Kết luận) và <1>Kế hoạch số 03-KH/TW</1> (sau đây gọi là Kế hoạch); <2>Kế hoạch</2> cụ thể hóa <3>Kết luận</3>.",
        // The symbol inside the definition is not a citation; later uses of it are.
        "Thực hiện <0>Nghị quyết số 21-KL/TW</0>, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết số 21-NQ/TW). Triển khai <1>Nghị quyết số 21-NQ/TW</1>.",
        // Nested: three citations.
        "<0>Kế hoạch số 52-KH/ĐUK</0> ngày 01/3/2022 của Ban Thường vụ Đảng ủy Khối về thực hiện <1>Kế hoạch số 49-KH/TU</1> ngày 27/01/2022 của Tỉnh ủy về thực hiện <2>Kết luận số 21-KL/TW</2>.",
        // Not citations.
        "nhất là từ Hội nghị Trung ương 3 (khóa VII) năm 1992, Hội nghị Trung ương 4 khóa XI, XII, XIII.",
        "Tài liệu nghiên cứu các văn kiện Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII.",
        "các nội dung tham luận theo mục 3 của hướng dẫn này; phòng, chống dịch Covid-19.",
        "dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022); lựa chọn 01 - 02 tập thể",
        "thực hiện theo hướng dẫn mẫu 01 và mẫu 02 kèm theo; nghị quyết đại hội đảng các cấp; Quy định về kiểm soát quyền lực",
        "T/M BAN THƯỜNG VỤ; Các đ/c UVBCH; Thường trực Tỉnh ủy (để b/c); Quý I/2022",
        "Tờ khai theo Mẫu số 01-ĐĐN/SHTT và Mẫu số 44-PYCKT/KĐHQ ban hành kèm theo",
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Finds_every_citation_span(string markup)
    {
        var (text, _) = CitationTestFiles.Unmark(markup);

        var citations = CitationExtractor.Extract(text);

        Assert.Equal(markup, CitationAnnotator.Markup(text, citations.Select(c => c.Span)));
    }

    [Theory]
    [InlineData("Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng; kiên quyết", 0, "noun=Kết luận|code=KL|number=21|issuer=TW|symbol=21-KL/TW|date=2021-10-25|body=Ban Chấp hành Trung ương Đảng|term=XIII|subject=về đẩy mạnh xây dựng")]
    [InlineData("Kết luận số 01- KL/TW", 0, "noun=Kết luận|code=KL|number=01|issuer=TW|symbol=01-KL/TW|date=|body=|term=|subject=")]
    [InlineData("Quyết định 183-QĐ/ThU, đại diện", 0, "noun=Quyết định|code=QĐ|number=183|issuer=ThU|symbol=183-QĐ/ThU|date=|body=|term=|subject=")]
    [InlineData("Chương trình hành động số 05-CTr/TU", 0, "noun=Chương trình|code=CTr|number=05|issuer=TU|symbol=05-CTr/TU|date=|body=|term=|subject=")]
    [InlineData("Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị và Kết luận số 21-KL/TW", 0, "noun=Kết luận|code=|number=01|issuer=|symbol=|date=2021-05-18|body=Bộ Chính trị|term=|subject=")]
    [InlineData("Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng “Về những điều đảng viên không được làm”; Kết luận 29-KL/TU", 0, "noun=Quy định|code=QĐ|number=37|issuer=TW|symbol=37-QĐ/TW|date=2021-10-25|body=Ban Chấp hành Trung ương Đảng|term=|subject=Về những điều đảng viên không được làm")]
    [InlineData("Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối các cơ quan và doanh nghiệp về nghiên cứu, học tập", 0, "noun=Kế hoạch|code=KH|number=53|issuer=ĐUK|symbol=53-KH/ĐUK|date=2022-03-01|body=Đảng ủy Khối các cơ quan và doanh nghiệp|term=|subject=về nghiên cứu, học tập")]
    [InlineData("Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị (khóa XII) về “tăng cường bảo vệ nền tảng tư tưởng của Đảng”. Đổi mới", 0, "noun=Nghị quyết|code=NQ|number=35|issuer=TW|symbol=35-NQ/TW|date=2018-10-22|body=Bộ Chính trị|term=XII|subject=về “tăng cường bảo vệ nền tảng tư tưởng của Đảng”")]
    [InlineData("Nghị định số 58/2017/NĐ-CP ngày 10 tháng 5 năm 2017 của Chính phủ quy định chi tiết", 0, "noun=Nghị định|code=NĐ|number=58|issuer=CP|symbol=58/2017/NĐ-CP|date=2017-05-10|body=Chính phủ|term=|subject=")]
    [InlineData("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", 0, "noun=Luật|code=|number=63|issuer=QH15|symbol=63/2025/QH15|date=|body=|term=|subject=")]
    [InlineData("Thông tư số 08/2016/TT-BGDĐT ngày 28/3/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo về chế độ", 0, "noun=Thông tư|code=TT|number=08|issuer=BGDĐT|symbol=08/2016/TT-BGDĐT|date=2016-03-28|body=Bộ trưởng Bộ Giáo dục và Đào tạo|term=|subject=về chế độ")]
    [InlineData("Công văn số 123/UBND-VX ngày 02/01/2024", 0, "noun=Công văn|code=|number=123|issuer=UBND-VX|symbol=123/UBND-VX|date=2024-01-02|body=|term=|subject=")]
    public void Reads_what_the_citation_says(string text, int index, string expected)
    {
        var c = CitationExtractor.Extract(text)[index];

        var actual = $"noun={c.Noun}|code={c.TypeCode}|number={c.Number}|issuer={c.IssuerCode}|symbol={c.Symbol?.Text}|date={c.Date:yyyy-MM-dd}|body={c.IssuingBody}|term={c.Term}|subject={c.Subject}";
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Kế hoạch số 52-KH/ĐUK ngày 01/3/2022 của Ban Thường vụ Đảng ủy Khối về thực hiện Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy về thực hiện Kết luận số 21-KL/TW.", "0>1 Implements; 1>2 Implements")]
    [InlineData("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW", "0>1 ContinuesImplementing")]
    [InlineData("Kế hoạch số 03-KH/TW, ngày 01/12/2021 của Bộ Chính trị thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương", "0>1 Implements")]
    [InlineData("Kế hoạch số 43-KH/TU, ngày 25/10/2022 của Tỉnh ủy về việc thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022", "0>1 Implements")]
    [InlineData("Hướng dẫn số 22-HD/BTG, ngày 22/3/2022 của Ban Tuyên giáo Thị ủy thực hiện Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị và Kết luận số 21-KL/TW, ngày 25/10/2021; Kế hoạch 38-KH/ĐU", "0>1 Implements; 0>2 Implements")]
    [InlineData("Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối về nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII;", "0>1 Implements; 0>2 Implements")]
    [InlineData("Hướng dẫn số 27-HD/BTG, ngày 05/8/2022 của Ban Tuyên giáo Thị ủy và Hướng dẫn số 22-HD/BTG", "")]
    [InlineData("thực hiện Kết luận số 01- KL/TW vào quý II năm 2023, tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW", "")]
    [InlineData("Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch thực hiện Kết luận số 01-KL/TW", "")]
    [InlineData("Kế hoạch số 18-KH/ĐUK ngày 02/8/2021 của Ban Thường vụ Đảng ủy Khối về thực hiện Chương trình hành động thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "")]
    public void Records_what_a_subject_implements(string text, string expected)
    {
        var citations = CitationExtractor.Extract(text);

        var relations = CitationExtractor.NestedRelations(citations).Select(r => $"{r.FromIndex}>{r.ToIndex} {r.Kind}");
        Assert.Equal(expected, string.Join("; ", relations));
        Assert.Equal(citations.FirstOrDefault(c => c.Nested.Count > 0)?.Nested[0].ToIndex, citations.FirstOrDefault(c => c.Nested.Count > 0)?.ImplementsNext);
    }

    [Theory]
    [InlineData("Quyết định số 596/QĐ- BVHTTDL ngày 27/02/2020", "596/QĐ-BVHTTDL", null)]
    [InlineData("Thông tư số 02/2020/TT -BTP ngày 08/4/2020", "02/2020/TT-BTP", 2020)]
    [InlineData("Nghị quyết số 66.13/2026/NQ-CP ngày 27/01/2026", "66.13/2026/NQ-CP", 2026)]
    // Issue 16: symbols as written in practice.
    [InlineData("Công văn số 9086/BNV-CTTN&BĐG ngày 30/12/2025 của Bộ Nội vụ", "9086/BNV-CTTN&BĐG", null)]
    [InlineData("Quyết định số 2816 / QĐ - UBND ngày 26/11/2025", "2816/QĐ-UBND", null)]
    [InlineData("Quyết định số 1644/QD-BXD ngày 05/8/2024", "1644/QĐ-BXD", null)]
    [InlineData("Nghị định số 249/2025/ND-CP ngày 15/9/2025", "249/2025/NĐ-CP", 2025)]
    public void State_symbols_written_loosely_are_canonical(string text, string symbol, int? year)
    {
        var citation = Assert.Single(CitationExtractor.Extract(text));

        Assert.Equal(symbol, citation.Symbol?.Text);
        Assert.Equal(year, citation.Symbol?.Year);
        Assert.True(citation.Symbol!.IsState);
    }

    [Fact]
    public void A_doubled_so_keeps_the_law_it_names()
    {
        var citation = Assert.Single(CitationExtractor.Extract("Căn cứ Luật Tổ chức chính quyền địa phương số số 72/2025/QH15;"));

        Assert.Equal("Luật", citation.Noun);
        Assert.Equal("72/2025/QH15", citation.Symbol?.Text);
    }

    [Fact]
    public void A_symbol_with_its_own_type_code_keeps_it_after_a_law_named_before_it()
    {
        // Document 119 of the office-document set: the noun "Nghị quyết" typed short as "Nghị", right after a law.
        const string text = "Căn cứ Nghị quyết số 09/2026/NQ-CP ngày 04 tháng 02 năm 2026 của Chính phủ tạm ngừng hiệu lực và điều chỉnh "
            + "thời hạn áp dụng Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ quy định chi tiết thi hành một số "
            + "điều và biện pháp để tổ chức, hướng dẫn thi hành của Luật An toàn thực phẩm và Nghị số 66.13/2026/NQ-CP ngày 27 "
            + "tháng 01 năm 2026 của Chính phủ quy định về công bố, đăng ký sản phẩm thực phẩm;";

        var citation = Assert.Single(CitationExtractor.Extract(text), c => c.Symbol?.Text == "66.13/2026/NQ-CP");

        Assert.Null(citation.Noun);
        Assert.Equal("nq", citation.CodeType);
        Assert.False(citation.NounDisagreesWithCode);
    }

    [Fact]
    public void A_law_s_long_name_still_reaches_its_number()
    {
        var citation = Assert.Single(CitationExtractor.Extract("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15;"));
        Assert.Equal("Luật", citation.Noun);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 249/2025/N\u00D0-CP ngày 15/9/2025 của Chính phủ;", "249/2025/NĐ-CP")]
    [InlineData("Thực hiện Quy định số 37-Q\u00D0/TW ngày 25/10/2021", "37-QĐ/TW")]
    [InlineData("Thực hiện Kế hoạch số 28-KH/\u00D0UK của Đảng ủy Khối", "28-KH/ĐUK")]
    public void A_stroke_D_written_as_the_look_alike_eth_is_read_as_D(string escaped, string symbol)
    {
        // Converters out of old fonts write "Ð" (U+00D0) for "Đ"; the text is cleaned before it is read.
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.Contains('\u00D0', text);

        var citation = Assert.Single(CitationExtractor.Extract(DirectiveSearch.Core.Text.UnicodeCleaner.Clean(text)));

        Assert.Equal(symbol, citation.Symbol?.Text);
    }

    [Fact]
    public void A_party_type_code_typed_without_its_stroke_is_read_with_it()
    {
        var citation = Assert.Single(CitationExtractor.Extract("Thực hiện Quy định số 37-QD/TW ngày 25/10/2021"));
        Assert.Equal("37-QĐ/TW", citation.Symbol?.Text);
    }

    [Fact]
    public void Keeps_both_noun_and_code_when_they_disagree()
    {
        var citation = CitationExtractor.Extract("Thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng")[0];

        Assert.Equal("Nghị quyết", citation.Noun);
        Assert.Equal("KL", citation.TypeCode);
        Assert.Equal("nq", citation.NounType);
        Assert.Equal("kl", citation.CodeType);
        Assert.True(citation.NounDisagreesWithCode);
    }

    [Fact]
    public void Quy_dinh_written_with_the_decision_code_is_no_disagreement()
    {
        Assert.False(CitationExtractor.Extract("Quy định số 37-QĐ/TW")[0].NounDisagreesWithCode);
    }

    [Fact]
    public void Ties_short_names_to_their_definitions()
    {
        const string text = "Thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết số 21-NQ/TW); "
            + "Kế hoạch số 43-KH/TU, ngày 25/10/2022 của Tỉnh ủy về việc thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 (sau đây gọi là Kế hoạch số 43-KH/TU). "
            + "Triển khai Nghị quyết số 21-NQ/TW và Kế hoạch số 43-KH/TU.";

        var citations = CitationExtractor.Extract(text);

        Assert.Equal(5, citations.Count);
        Assert.Equal("Nghị quyết số 21-NQ/TW", citations[0].DefinedAlias);
        Assert.Equal("Kế hoạch số 43-KH/TU", citations[1].DefinedAlias);
        Assert.Null(citations[2].DefinedAlias);
        Assert.Equal(0, citations[3].AliasOf);
        Assert.Equal(1, citations[4].AliasOf);
    }

    [Fact]
    public void Gives_each_citation_its_sentence()
    {
        const string text = "I. MỤC ĐÍCH\n1.1. Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021. Tuyên truyền Quy định số 37-QĐ/TW của Ban Chấp hành\ntrung ương trong toàn Đảng bộ.\n- Kế hoạch số 03-KH/TW";

        var sentences = CitationExtractor.Extract(text).Select(c => text[c.Sentence.Start..c.Sentence.End]).ToList();

        Assert.Equal(
            [
                "1.1. Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021.",
                "Tuyên truyền Quy định số 37-QĐ/TW của Ban Chấp hành\ntrung ương trong toàn Đảng bộ.",
                "- Kế hoạch số 03-KH/TW",
            ],
            sentences);
    }

    [Fact]
    public void A_header_number_is_the_document_itself()
    {
        var citations = CitationExtractor.Extract("Số 28-KH/ĐUK\nLuật số: 128/2025/QH15\nThực hiện Luật số 90/2025/QH15");

        Assert.Equal([CitationKind.SelfReference, CitationKind.SelfReference, CitationKind.Symbol], citations.Select(c => c.Kind));
    }

    [Fact]
    public void Kinds_say_how_the_directive_is_named()
    {
        const string text = "Số 62-KH/ĐUK\nThực hiện Kết luận số 21-KL/TW (sau đây gọi là Kết luận), Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị, "
            + "kết luận, quy định của Hội nghị Trung ương 4 khóa XIII; thực hiện Kết luận và Kế hoạch này.";

        var kinds = CitationExtractor.Extract(text).Select(c => c.Kind);

        Assert.Equal(
            [CitationKind.SelfReference, CitationKind.Symbol, CitationKind.NumberOnly, CitationKind.Meeting, CitationKind.Meeting, CitationKind.ShortName, CitationKind.SelfReference],
            kinds);
    }

    [Fact]
    public void Spans_point_into_the_text_and_extents_cover_what_was_read()
    {
        const string text = "Thực hiện Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng “Về những điều đảng viên không được làm”; Kết luận 29-KL/TU";

        var citation = CitationExtractor.Extract(text)[0];

        Assert.Equal("Quy định số 37-QĐ/TW", citation.Text);
        Assert.Equal(citation.Text, text[citation.Start..citation.End]);
        Assert.EndsWith("không được làm”", text[citation.Extent.Start..citation.Extent.End], StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text;

namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// Writes the text of one document of the archive from its metadata and seed: header, subject, the opening
/// "Thực hiện ..." naming its parent (often with the nested "về thực hiện" chain up to the directive), aims and tasks
/// (a lower committee's copied from its parent's plan, reworded, with tasks of its own), the units' assignments with
/// deadlines, recipients and signature. The same document always gets the same text; a parent's paragraphs are
/// composed again from its seed rather than kept.
/// </summary>
public sealed class ArchiveComposer(IReadOnlyList<ArchiveDocument> archive)
{
    private static readonly string[] Months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];

    public ComposedDocument Compose(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var random = new Random(document.Seed);
        var root = Root(document);
        var subject = Subject(document, random);
        var paragraphs = new List<string>();
        var headerLeft = document.Header.Concat(document.Party ? ["*", $"Số {document.Symbol}"] : [$"Số: {document.Symbol}"]).ToList();
        var place = $"{document.Place}, ngày {document.Date.Day:00} tháng {Months[document.Date.Month - 1]} năm {document.Date.Year}";
        IReadOnlyList<string> headerRight = document.Party
            ? ["ĐẢNG CỘNG SẢN VIỆT NAM", place]
            : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place];

        if (document.Parent < 0)
        {
            paragraphs.AddRange(DirectiveBody(document, random));
        }
        else
        {
            var parent = archive[document.Parent];
            var opening = document.Level == ArchiveLevel.Central ? "Tiếp tục thực hiện" : random.Next(4) == 0 ? "Triển khai thực hiện" : "Thực hiện";
            paragraphs.Add($"{opening} {Cite(parent, random, nested: true)}, {document.Body} xây dựng {document.TypeName.ToLower(CultureInfo.InvariantCulture)} thực hiện với các nội dung cụ thể như sau:");
            var (aims, tasks) = Content(document);
            paragraphs.Add("I. MỤC ĐÍCH, YÊU CẦU");
            paragraphs.AddRange(aims.Select(a => "- " + a));
            paragraphs.Add("II. NHIỆM VỤ, GIẢI PHÁP");
            paragraphs.AddRange(tasks.Select((t, i) => $"{i + 1}. {t}."));
            paragraphs.Add("III. TỔ CHỨC THỰC HIỆN");
            paragraphs.AddRange(Assignments(document, root, random));
            paragraphs.Add($"Trên đây là {document.TypeName} thực hiện {parent.ShortName} của {document.Committee}, đề nghị các cấp ủy, tổ chức đảng nghiêm túc triển khai thực hiện.");
        }

        Typo(paragraphs, random);
        var recipients = new List<string> { "Nơi nhận:" };
        if (document.Parent >= 0)
            recipients.Add($"- {archive[document.Parent].Body} (b/c),");
        recipients.AddRange(["- Các cấp ủy, tổ chức đảng trực thuộc,", "- Lưu Văn phòng."]);
        var composed = new ComposedDocument(
            headerLeft, headerRight, TypeCapitals(document), subject, paragraphs, recipients,
            [document.Authority, document.Position, "", document.Signer]);
        return Styled(composed, document.Tone);
    }

    /// <summary>The directive at the top of the document's chain (itself for a directive).</summary>
    public ArchiveDocument Root(ArchiveDocument document)
    {
        var current = document;
        while (current.Parent >= 0 && current.Level != ArchiveLevel.Central)
            current = archive[current.Parent];
        return current;
    }

    /// <summary>The trích yếu: "về ..." for a directive, "thực hiện {parent, with its own subject}" for a plan.</summary>
    private string Subject(ArchiveDocument document, Random random)
    {
        var topic = ArchiveVocabulary.Topics[document.Topic];
        if (document.Parent < 0)
            return document.Level == ArchiveLevel.Central && document.Body != "Ban Chấp hành Trung ương Đảng" ? $"của {document.Body} về {topic}" : $"về {topic}";
        var parent = archive[document.Parent];
        return document.Level == ArchiveLevel.Central
            ? $"về tiếp tục thực hiện {parent.ShortName} về {ArchiveVocabulary.Topics[parent.Topic]}"
            : $"thực hiện {Cite(parent, random, nested: false)}";
    }

    /// <summary>
    /// A citation of <paramref name="target"/> in one of the forms the corpus shows: full with "số", date and body;
    /// without "số"; with a space inside the symbol ("21- KL/TW"); a central directive by number alone ("Kết luận số
    /// 21, ngày ... của Bộ Chính trị"); the date in words. <paramref name="nested"/> adds what the target implements
    /// ("... về thực hiện Kết luận số 21-KL/TW ..."), the chain lower plans write out.
    /// </summary>
    public string Cite(ArchiveDocument target, Random random, bool nested)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(random);
        var date = random.Next(5) == 0
            ? $"ngày {target.Date.Day:00} tháng {target.Date.Month:00} năm {target.Date.Year}"
            : random.Next(3) == 0 ? $"ngày {target.Date.Day:00}/{target.Date.Month:00}/{target.Date.Year}" : $"ngày {target.DateText}";
        var symbol = target.Symbol;
        var form = random.Next(10);
        string cited;
        if (form == 0 && target.Level == ArchiveLevel.Central)
            cited = $"{target.TypeName} số {symbol.Split('-')[0]}, {date} của {CentralBody(target)}";
        else if (form <= 2)
            cited = $"{target.TypeName} {symbol} {date} của {BodyOf(target)}";
        else if (form == 3 && target.Party)
            cited = $"{target.TypeName} số {symbol.Replace("-", "- ", StringComparison.Ordinal)}, {date} của {BodyOf(target)}";
        else
            cited = $"{target.TypeName} số {symbol}, {date} của {BodyOf(target)}";

        if (target.Parent >= 0 && target.Level != ArchiveLevel.Central && (nested || random.Next(2) == 0))
            return $"{cited} về thực hiện {Cite(archive[target.Parent], random, nested)}";
        if (target.Level == ArchiveLevel.Central && target.Parent >= 0)
            return $"{cited} về tiếp tục thực hiện {archive[target.Parent].ShortName}";
        return $"{cited} về {ArchiveVocabulary.Topics[target.Topic]}";
    }

    private static string CentralBody(ArchiveDocument directive) =>
        directive.Body == "Ban Chấp hành Trung ương Đảng" ? $"Ban Chấp hành Trung ương Đảng khóa {(directive.Date.Year <= 2020 ? "XII" : "XIII")}" : directive.Body;

    /// <summary>How citations name the issuer: the centre's body with its term, a committee's standing board with its place.</summary>
    private static string BodyOf(ArchiveDocument target) => target.Level switch
    {
        ArchiveLevel.Central => CentralBody(target),
        ArchiveLevel.State => target.Body,
        _ when target.Party => $"{target.Body.Split(' ')[0]} {target.Body.Split(' ')[1]} {target.Body.Split(' ')[2]} {target.Committee}",
        _ => target.Body,
    };

    /// <summary>A directive's own text: the situation, then what it asks of every committee.</summary>
    private IEnumerable<string> DirectiveBody(ArchiveDocument document, Random random)
    {
        var topic = ArchiveVocabulary.Topics[document.Topic];
        yield return $"Thời gian qua, công tác {topic} đã đạt được nhiều kết quả quan trọng; nhận thức của các cấp ủy, tổ chức đảng, cán bộ, đảng viên và nhân dân có chuyển biến tích cực.";
        yield return "Tuy nhiên, việc triển khai ở một số nơi còn hình thức, chưa thường xuyên; vai trò của người đứng đầu có lúc, có nơi chưa được phát huy đầy đủ.";
        yield return $"Để tiếp tục {topic}, {document.Body} yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thực hiện tốt các nhiệm vụ sau:";
        var self = document.Level == ArchiveLevel.State ? $"{document.TypeName} này" : $"{document.TypeName} này";
        foreach (var (task, i) in Pick(random, ArchiveVocabulary.Tasks, 4 + random.Next(3)).Select((t, i) => (t, i)))
            yield return $"{i + 1}. {string.Format(CultureInfo.InvariantCulture, task, self)}.";
        yield return $"{document.TypeName} này được phổ biến đến chi bộ.";
    }

    /// <summary>Aims and tasks: a plan under another plan copies and rewords its parent's, then adds its own.</summary>
    private (List<string> Aims, List<string> Tasks) Content(ArchiveDocument document)
    {
        var random = new Random(document.Seed ^ 0x5bd1e995);
        var name = Root(document).ShortName;
        if (document.Parent < 0 || archive[document.Parent].Level is ArchiveLevel.Central or ArchiveLevel.State)
        {
            var aims = Pick(random, ArchiveVocabulary.Aims, 2 + random.Next(3)).Select(a => string.Format(CultureInfo.InvariantCulture, a, name)).ToList();
            var tasks = Pick(random, ArchiveVocabulary.Tasks, 4 + random.Next(3)).Select(t => string.Format(CultureInfo.InvariantCulture, t, name)).ToList();
            return (aims, tasks);
        }

        var (parentAims, parentTasks) = Content(archive[document.Parent]);
        var kept = parentTasks.Where(_ => random.Next(5) != 0).Select(t => Reword(t, random)).ToList();
        foreach (var own in Pick(random, ArchiveVocabulary.Tasks, 1 + random.Next(3)))
            kept.Add($"{string.Format(CultureInfo.InvariantCulture, own, name)} tại {document.Committee}");
        return ([.. parentAims.Select(a => Reword(a, random))], kept);
    }

    private static IEnumerable<string> Assignments(ArchiveDocument document, ArchiveDocument root, Random random)
    {
        var year = document.Date.Year.ToString(CultureInfo.InvariantCulture);
        string Deadline() => string.Format(CultureInfo.InvariantCulture, ArchiveVocabulary.Deadlines[random.Next(ArchiveVocabulary.Deadlines.Length)], year);
        yield return $"1. Ban Tuyên giáo {document.Committee} chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc học tập, quán triệt {root.ShortName} {Deadline()}.";
        yield return $"2. Các cấp ủy, tổ chức đảng trực thuộc căn cứ {document.TypeName} này xây dựng kế hoạch thực hiện phù hợp với tình hình thực tiễn {Deadline()}.";
        yield return $"3. Văn phòng {document.Committee} theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo {document.Body} trước ngày 15/12/{year}.";
    }

    private static string Reword(string text, Random random)
    {
        var builder = new StringBuilder(text);
        foreach (var (from, to) in ArchiveVocabulary.Rewordings)
        {
            if (random.Next(3) == 0)
                builder.Replace(from, to);
        }

        return builder.ToString();
    }

    /// <summary>One document in eight carries a typing error in its running text (not in its opening citation).</summary>
    private static void Typo(List<string> paragraphs, Random random)
    {
        if (paragraphs.Count < 3 || random.Next(8) != 0)
            return;
        var at = 2 + random.Next(paragraphs.Count - 2);
        var (from, to) = ArchiveVocabulary.Typos[random.Next(ArchiveVocabulary.Typos.Length)];
        paragraphs[at] = paragraphs[at].Replace(from, to, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length));

    private static string TypeCapitals(ArchiveDocument document) => document.TypeName switch
    {
        "Kết luận" => "KẾT LUẬN",
        "Nghị quyết" => "NGHỊ QUYẾT",
        "Quy định" => "QUY ĐỊNH",
        "Chỉ thị" => "CHỈ THỊ",
        "Quyết định" => "QUYẾT ĐỊNH",
        "Chương trình" => "CHƯƠNG TRÌNH",
        _ => "KẾ HOẠCH",
    };

    private static ComposedDocument Styled(ComposedDocument document, ToneStyle tone)
    {
        if (tone == ToneStyle.Old)
            return document;
        static IReadOnlyList<string> All(IReadOnlyList<string> lines, ToneStyle tone) => [.. lines.Select(l => ToneStyles.Apply(l, tone))];
        return new ComposedDocument(
            All(document.HeaderLeft, tone), All(document.HeaderRight, tone), ToneStyles.Apply(document.TypeLine, tone), ToneStyles.Apply(document.Title, tone),
            All(document.Paragraphs, tone), All(document.Recipients, tone), All(document.Signature, tone));
    }
}

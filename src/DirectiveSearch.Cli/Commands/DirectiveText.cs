using System.Globalization;
using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Cli.Commands;

/// <summary>How the directive commands show directives and relations to people, in Vietnamese.</summary>
internal static class DirectiveText
{
    public static string Relation(string relation) => RelationWords.Vietnamese(relation);

    /// <summary>" · hết hiệu lực: bị thay thế bởi ..." for a directive acted on; nothing for one in force as far as the archive knows.</summary>
    public static string StatusNote(DirectiveStatus status) =>
        status.State == DirectiveStatus.InForce ? string.Empty : TerminalText.Plain(" · " + status.Text);

    public static string Date(DateOnly? date) =>
        date is { } d ? CitationText.FormatDate(d) : "không rõ";

    /// <summary>"Kết luận 21-KL/TW (kl-21-tw-2021), ngày 25/10/2021 — về ...".</summary>
    public static string Line(DirectiveEntry entry)
    {
        var symbol = entry.Symbol is null ? string.Empty : " " + entry.Symbol;
        var date = entry.Date is { } d ? ", ngày " + CitationText.FormatDate(d) : string.Empty;
        var subject = entry.Subject is null ? string.Empty : " — " + entry.Subject;
        return TerminalText.Plain($"{entry.TypeName}{symbol} ({entry.Id}){date}{subject}");
    }

    /// <summary>"không tìm thấy ... chưa có trong kho" and, when some directive has its number, what the user may have meant.</summary>
    public static void PrintNotFound(string reference, KnowledgeBase knowledge, TextWriter error)
    {
        var near = knowledge.NearCandidates(reference);
        var hint = DirectiveDirectory.NearCandidatesHint(near);
        error.WriteLine(TerminalText.Plain($"dirsearch: không tìm thấy văn bản nào ứng với '{reference}': chưa có trong kho{hint}"));
        foreach (var entry in near)
            error.WriteLine("  " + Line(entry));
    }

    public static void PrintCandidates(string reference, IReadOnlyList<string> candidates, KnowledgeBase knowledge, TextWriter output)
    {
        output.WriteLine(TerminalText.Plain($"'{reference}' ứng với {candidates.Count.ToString(CultureInfo.InvariantCulture)} văn bản; chọn một mã (id):"));
        foreach (var id in candidates)
            output.WriteLine("  " + (knowledge.Directive(id) is { } entry ? Line(entry) : id));
    }
}

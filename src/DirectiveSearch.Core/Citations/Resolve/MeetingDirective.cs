namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>A directive a meeting adopted, in the named-meeting table.</summary>
/// <param name="Id">Its identity slug ("kl-21-tw-2021"); the type is the slug's first part.</param>
/// <param name="Symbol">Its symbol ("21-KL/TW"), or null for a congress resolution, which has none.</param>
/// <param name="Date">Its date of issue.</param>
/// <param name="Title">Its subject, for people reading the table.</param>
public sealed record MeetingDirective(string Id, string? Symbol, DateOnly? Date, string? Title)
{
    public string Type => DirectiveIdentity.TypeOf(Id);
}

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// The current generation lists files this server cannot find: rebuilding it for a change would drop their documents,
/// so the change was not made.
/// </summary>
public sealed class IndexSourcesMissingException(int count, string first)
    : Exception($"{count} files of the index are not found (first: {first})")
{
    public int Count => count;

    public string First => first;
}

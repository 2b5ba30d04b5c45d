namespace DirectiveSearch.Core.Citations;

/// <summary>
/// What the caller knows about directives, for the resolver to join undated mentions to. A parameter, as in
/// eyecite, so that one can resolve against the whole corpus, a database or a registry.
/// </summary>
public interface IDirectiveLookup
{
    /// <summary>
    /// Known directives with this type, number and issuer, of any year; any issuer when <paramref name="issuer"/>
    /// is null. Arguments are identity parts: type "kl", number "01" (at least two digits), issuer "tw".
    /// </summary>
    IReadOnlyList<KnownDirective> Candidates(string type, string number, string? issuer);
}

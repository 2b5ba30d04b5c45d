namespace DirectiveSearch.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int IndexNotWritable = 3;
    public const int NotFound = 4;
    /// <summary>The reference fits several directives; the candidates were listed.</summary>
    public const int Ambiguous = 5;
}

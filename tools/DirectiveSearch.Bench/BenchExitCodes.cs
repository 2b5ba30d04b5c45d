namespace DirectiveSearch.Bench;

/// <summary>The harness's exit codes, as dirsearch's: 0 done, 1 a check failed, 2 a malformed command line.</summary>
public static class BenchExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

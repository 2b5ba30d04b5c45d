namespace DirectiveSearch.Bench.Tests;

/// <summary>Runs the dirsearch-bench command line in process and captures what it prints.</summary>
internal sealed record BenchRun(int ExitCode, string Output, string Error)
{
    public static BenchRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = BenchApp.Run(args, output, error);
        return new BenchRun(code, output.ToString(), error.ToString());
    }
}

using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// The help of the program and of every command, against the snapshots in HelpSnapshots/: an option added, renamed or
/// left without help changes the text, and this fails until the snapshot is looked at and renewed
/// (DIRSEARCH_UPDATE_SNAPSHOTS=1 dotnet test ... writes the new text).
/// </summary>
public sealed class HelpTextTests
{
    private static readonly string Snapshots = Path.Combine(RepositoryFiles.Root, "tests", "DirectiveSearch.Cli.Tests", "HelpSnapshots");

    public static TheoryData<string> Commands() => [.. CommandCatalog.All.Select(c => c.Name)];

    [Fact]
    public void Dirsearch_help_lists_every_command_and_exits_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in CommandCatalog.All)
            Assert.Contains("  " + command.Name + " ", run.Output, StringComparison.Ordinal);
        Matches("dirsearch", run.Output);
        Assert.Equal(run.Output, CliRun.Of("help").Output);
    }

    [Fact]
    public void Dirsearch_alone_prints_the_help_on_stderr_as_a_usage_error()
    {
        var run = CliRun.Of();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(CliRun.Of("--help").Output, run.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_answers_help_with_its_options_and_exits_0(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        foreach (var option in CommandCatalog.Find(command)!.Options)
            Assert.Contains("--" + option.Name + (option.IsSwitch ? " " : $" <{option.ValueName}>"), run.Output, StringComparison.Ordinal);
        Assert.Equal(run.Output, CliRun.Of(command, "-h").Output);
        Assert.Equal(run.Output, CliRun.Of("help", command).Output);
        Matches(command, run.Output);
    }

    [Fact]
    public void Help_after_other_words_is_still_help_but_not_after_a_double_dash()
    {
        var help = CliRun.Of("search", "tu soi", "--limit", "3", "--help");
        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Equal(CliRun.Of("search", "--help").Output, help.Output);

        // After "--" the word is the query: searched for, in an index that is not there.
        var query = CliRun.Of("search", "--index", Path.Combine(Path.GetTempPath(), "dirsearch-no-index-" + Guid.NewGuid()), "--", "--help");
        Assert.Equal(ExitCodes.NotFound, query.ExitCode);
    }

    [Fact]
    public void Every_option_and_argument_says_what_it_does()
    {
        foreach (var command in CommandCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"{command.Name} has no description");
            foreach (var option in command.Options)
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command.Name} --{option.Name} has no help");
            foreach (var argument in command.Arguments)
                Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{command.Name} {argument.Synopsis} has no help");
            Assert.Equal(command.Options.Count, command.Options.Select(o => o.Name).Distinct().Count());
        }
    }

    [Fact]
    public void A_usage_error_names_the_option_and_shows_the_commands_help_on_stderr()
    {
        var run = CliRun.Of("search", "tu soi", "--bogus");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("dirsearch: unknown option --bogus", run.Error, StringComparison.Ordinal);
        Assert.Contains(CliRun.Of("search", "--help").Output, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    private static void Matches(string name, string actual)
    {
        var path = Path.Combine(Snapshots, name + ".txt");
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable("DIRSEARCH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Snapshots);
            File.WriteAllText(path, normalized);
        }

        Assert.True(File.Exists(path), $"no help snapshot {path}; run with DIRSEARCH_UPDATE_SNAPSHOTS=1 to write it");
        Assert.Equal(Normalize(File.ReadAllText(path)), normalized);
    }

    // Trailing spaces the wrapping leaves, and the line ends of the checkout, are not part of the help.
    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).TrimEnd() + "\n";
}

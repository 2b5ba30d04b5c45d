using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Tests;

/// <summary>The README's command table shows each command as its definition does: nothing added or renamed is left out.</summary>
public sealed class ReadmeCommandTableTests
{
    [Fact]
    public void The_readme_command_table_has_each_commands_synopsis_from_its_definition()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "README.md"));
        var section = readme.SkipWhile(l => l != "## Command line").Skip(1).TakeWhile(l => !l.StartsWith('#'));
        var rows = section
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l[3..l.IndexOf("` |", StringComparison.Ordinal)])
            .ToList();
        var expected = CommandCatalog.All.Select(c => c.Synopsis.Replace("|", "\\|", StringComparison.Ordinal)).ToList();

        Assert.True(
            expected.SequenceEqual(rows),
            "README.md's command table differs from the definitions in src/DirectiveSearch.Cli/Settings; its first column should read:\n"
            + string.Join('\n', expected.Select(e => $"| `{e}` |")));
    }
}

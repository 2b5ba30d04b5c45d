using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Tests.Citations;
using Xunit.Abstractions;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>The extractor over every real state document of the bench: no failure, and every task its own words.</summary>
public sealed class BenchAssignmentTests(ITestOutputHelper output)
{
    [BenchFact("vbpl")]
    public void Every_bench_document_is_read_and_every_task_points_at_its_words()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Bench, "vbpl"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var total = 0;
        var withTasks = 0;
        foreach (var file in files)
        {
            var record = CitationTestFiles.Record(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file).Normalize(System.Text.NormalizationForm.FormC));
            var tasks = AssignmentExtractor.Extract(record);
            foreach (var task in tasks)
            {
                Assert.Equal(task.Text, record.Text[task.Start..task.End]);
                Assert.False(string.IsNullOrWhiteSpace(task.Text), $"{file}: empty task {task.Id}");
                Assert.Equal(task.UnitUncertain, task.UnitUncertain || task.Lead.Count == 0);
            }

            total += tasks.Count;
            withTasks += tasks.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{files.Count} bench documents, {withTasks} with tasks, {total} tasks");
        Assert.True(withTasks > 0, "no bench document yielded a task");
    }
}

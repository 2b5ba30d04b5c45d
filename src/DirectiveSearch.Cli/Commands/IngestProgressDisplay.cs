using System.Diagnostics;
using System.Globalization;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// Progress of an ingest on stderr: a bar redrawn in place on a terminal, plain lines at most once a second when stderr
/// is a file or a pipe (a log then holds readable lines, not carriage returns).
/// </summary>
public static class IngestProgressDisplay
{
    public static IProgress<IngestProgress> For(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            ? new TerminalBar(error, TerminalWidth())
            : new PlainLines(error);

    /// <summary>"[#####-----]  45 % 530/1184 tệp · 12 s · path": what one redraw of the bar shows, cut to the width.</summary>
    public static string BarLine(IngestProgress value, TimeSpan elapsed, int width)
    {
        const int BarCells = 24;
        var fraction = value.Total == 0 ? 1 : (double)value.Done / value.Total;
        var filled = (int)Math.Round(fraction * BarCells);
        var head = string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarCells - filled)}] {fraction * 100,3:0} % {value.Done}/{value.Total} tệp · {elapsed.TotalSeconds:0} s · ");
        var room = Math.Max(0, width - 1 - head.Length);
        var path = TerminalText.Plain(value.Path);
        if (path.Length > room)
            path = room <= 1 ? string.Empty : "…" + path[^(room - 1)..];
        return head + path;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>Redrawn at most ten times a second; the line is cleared when the last file is read, before the summary.</summary>
    private sealed class TerminalBar(TextWriter error, int width) : IProgress<IngestProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Lock gate = new();
        private TimeSpan lastDraw = TimeSpan.MinValue;
        private bool finished;

        public void Report(IngestProgress value)
        {
            lock (gate)
            {
                var now = clock.Elapsed;
                var last = value.Done >= value.Total;
                if (finished || (!last && now - lastDraw < TimeSpan.FromMilliseconds(100)))
                    return;
                lastDraw = now;
                var line = BarLine(value, now, width);
                error.Write("\r" + line.PadRight(width - 1));
                if (last)
                {
                    finished = true;
                    error.Write("\r" + new string(' ', width - 1) + "\r");
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Đã đọc {value.Total} tệp trong {now.TotalSeconds:0.0} s; đang ghi chỉ mục…"));
                }

                error.Flush();
            }
        }
    }

    /// <summary>Nothing in the first second (short runs stay quiet); then at most a line a second, and always the last file.</summary>
    private sealed class PlainLines(TextWriter error) : IProgress<IngestProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Lock gate = new();
        private TimeSpan lastReport = TimeSpan.Zero;

        public void Report(IngestProgress value)
        {
            lock (gate)
            {
                var now = clock.Elapsed;
                if (now < TimeSpan.FromSeconds(1) || (now - lastReport < TimeSpan.FromSeconds(1) && value.Done < value.Total))
                    return;
                lastReport = now;
                error.WriteLine($"[{value.Done}/{value.Total}] {value.Path}");
            }
        }
    }
}

using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Uploads;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Oversight.Cli.Commands;

/// One progress bar over a whole import (a file, a folder or a national bulk archive of thousands of files): bytes
/// read against the total of every file's length, the file being read, and rows per second.
public static class ImportProgress
{
    public static async Task<List<FileImportResult>> RunAsync(
        IAnsiConsole console, IReadOnlyList<ImportSource> sources, Func<ImportSource, Action<int>, Task<FileImportResult>> import)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(import);
        var results = new List<FileImportResult>(sources.Count);
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn())
            .StartAsync(async context =>
            {
                var total = Math.Max(sources.Sum(s => s.Length ?? 1), 1);
                var task = context.AddTask(Describe(sources, 0), maxValue: total);
                long done = 0;
                var rowsBefore = 0;
                for (var i = 0; i < sources.Count; i++)
                {
                    var source = sources[i];
                    task.Description = Describe(sources, i);
                    // Shown at once rather than at the next timed refresh, which a small file finishes before.
                    context.Refresh();
                    CountingStream? stream = null;
                    var counted = source with { Open = () => stream = new CountingStream(source.Open()) };
                    var result = await import(counted, rows =>
                    {
                        task.State.Update<int>(RowsPerSecondColumn.Rows, _ => rowsBefore + rows);
                        task.Value = Math.Min(done + (stream?.BytesRead ?? 0), task.MaxValue);
                    });
                    results.Add(result);
                    rowsBefore += result.RowsRead;
                    task.State.Update<int>(RowsPerSecondColumn.Rows, _ => rowsBefore);
                    done += source.Length ?? 1;
                    task.Value = Math.Min(done, task.MaxValue);
                }

                task.Description = sources.Count == 1 ? Describe(sources, 0) : $"{sources.Count:N0} files";
                task.Value = task.MaxValue;
            });
        return results;
    }

    private static string Describe(IReadOnlyList<ImportSource> sources, int index) =>
        Markup.Escape((sources.Count > 1 ? $"{index + 1:N0}/{sources.Count:N0} " : "") + Path.GetFileName(sources[index].Name.Split('!')[^1]));

    /// Counts the bytes read, which is how far through the file the import is.
    private sealed class CountingStream(Stream inner) : ReadOnlyStream(inner)
    {
        private long bytesRead;

        public long BytesRead => Interlocked.Read(ref bytesRead);

        public override int Read(byte[] buffer, int offset, int count) => Counted(Inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(Inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await Inner.ReadAsync(buffer, cancellationToken));

        private int Counted(int read)
        {
            Interlocked.Add(ref bytesRead, read);
            return read;
        }
    }
}

/// Rows imported so far and the rate, from the count the importer reports.
public sealed class RowsPerSecondColumn : ProgressColumn
{
    public const string Rows = "rows";

    protected override bool NoWrap => true;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var rows = task.State.Get<int>(Rows);
        var seconds = Math.Max((task.ElapsedTime ?? TimeSpan.Zero).TotalSeconds, 0.001);
        return new Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows:N0} rows, {rows / seconds:N0} rows/s"));
    }
}

using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Uploads;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Oversight.Cli.Commands;

/// A progress bar for one file's import: bytes read against the file's length, and rows per second.
public static class ImportProgress
{
    public static async Task<FileImportResult> RunAsync(IAnsiConsole console, ImportSource source, Func<ImportSource, Action<int>, Task<FileImportResult>> import)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(import);
        FileImportResult? result = null;
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(Path.GetFileName(source.Name.Split('!')[^1])), maxValue: Math.Max(source.Length ?? 1, 1));
                CountingStream? stream = null;
                var counted = source with { Open = () => stream = new CountingStream(source.Open()) };
                result = await import(counted, rows =>
                {
                    task.State.Update<int>(RowsPerSecondColumn.Rows, _ => rows);
                    task.Value = Math.Min(stream?.BytesRead ?? 0, task.MaxValue);
                });
                task.Value = task.MaxValue;
            });
        return result!;
    }

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

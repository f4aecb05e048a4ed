using Microsoft.Extensions.DependencyInjection;
using Oversight.Cli.Commands;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;
using Spectre.Console;

namespace Oversight.Cli.Tests.Commands;

public sealed class ImportProgressTests : IAsyncLifetime
{
    private readonly CoreHost host = new(DatabaseProvider.Sqlite);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Import_OnATerminal_ShowsOneBarOverEveryFilesBytesAndRowsPerSecond()
    {
        var folder = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01");
        var sources = ImportSource.FromPath(folder);
        using var terminal = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(terminal),
        });
        var lengths = new List<long?>();

        var results = await ImportProgress.RunAsync(console, sources, (counted, report) =>
        {
            lengths.Add(counted.Length);
            return host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
                .ImportAsync(counted, new PoliceImportOptions(AnyForce: true), report, TestContext.Current.CancellationToken));
        });

        Assert.All(results, r => Assert.True(r.Imported, r.Rejection?.ToString()));
        Assert.Equal(Directory.GetFiles(folder, "*.csv").Select(f => (long?)new FileInfo(f).Length).Order(), lengths.Order());
        var shown = terminal.ToString();
        Assert.Contains($"1/{sources.Count} ", shown, StringComparison.Ordinal);
        Assert.Contains($"{sources.Count} files", shown, StringComparison.Ordinal);
        Assert.Contains("100%", shown, StringComparison.Ordinal);
        Assert.Contains($"{results.Sum(r => r.RowsRead):N0} rows, ", shown, StringComparison.Ordinal);
        Assert.Contains("rows/s", shown, StringComparison.Ordinal);
    }
}

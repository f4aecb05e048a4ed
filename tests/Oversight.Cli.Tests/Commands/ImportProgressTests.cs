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
    public async Task Import_OnATerminal_ShowsABarOverTheFilesBytesAndRowsPerSecond()
    {
        var path = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01", "2016-01-city-of-london-street.csv");
        var source = Assert.Single(ImportSource.FromPath(path));
        using var terminal = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(terminal),
        });
        var lengths = new List<long?>();

        var result = await ImportProgress.RunAsync(console, source, (counted, report) =>
        {
            lengths.Add(counted.Length);
            return host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
                .ImportAsync(counted, new PoliceImportOptions(AnyForce: true), report, TestContext.Current.CancellationToken));
        });

        Assert.True(result.Imported, result.Rejection?.ToString());
        Assert.Equal([new FileInfo(path).Length], lengths);
        var shown = terminal.ToString();
        Assert.Contains("2016-01-city-of-london-street.csv", shown, StringComparison.Ordinal);
        Assert.Contains("100%", shown, StringComparison.Ordinal);
        Assert.Contains($"{result.RowsRead} rows, ", shown, StringComparison.Ordinal);
        Assert.Contains("rows/s", shown, StringComparison.Ordinal);
    }
}

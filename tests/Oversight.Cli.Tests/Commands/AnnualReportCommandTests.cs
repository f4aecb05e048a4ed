using System.Diagnostics;
using Oversight.Core.Data;

namespace Oversight.Cli.Tests.Commands;

public abstract class AnnualReportCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-annual-").FullName;

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await cli.DisposeAsync();
    }

    [Fact]
    public async Task ReportAnnual_OnTheDemoData_PrintsEverySectionWithItsFiguresAndTheSources()
    {
        // Arrange
        await cli.RunAsync("db", "migrate");
        await cli.RunAsync("demo", "load");
        var pdf = Path.Combine(folder, "annual.pdf");
        var html = Path.Combine(folder, "annual.html");

        // Act
        var asPdf = await cli.RunAsync("report", "annual", "--year", "2024-25", "--format", "pdf", "--output", pdf);
        var asHtml = await cli.RunAsync("report", "annual", "--year", "2024-25", "--format", "html", "--output", html);

        // Assert
        Assert.Equal((0, ""), (asPdf.ExitCode, asPdf.Error));
        Assert.Contains("Annual Report 2024-25, version 1 (Draft)", asPdf.Output, StringComparison.Ordinal);
        var text = string.Join(' ', (await RunAsync("pdftotext", pdf, "-")).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var heading in new[] { "Headline achievements", "Foreword by the Mayor of West Yorkshire", "Partnership working", "Casework", "Finance and the police precept", "Performance monitoring", "Sources of the figures", "Page 1 of" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var page = await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken);
        var judged = System.Text.RegularExpressions.Regex.Match(page, "data-figure=\"performance.measures-judged\" href=\"[^\"]+\">(\\d+)<").Groups[1].Value;
        // In print each figure is followed by its footnote marker, the number of its row in the annex.
        Assert.Matches($"In the last of the year, {judged}\\d+ measures were judged", text);
        Assert.True(int.Parse(judged, System.Globalization.CultureInfo.InvariantCulture) >= 50, judged);
        Assert.Contains("Overall judgement of each theme, 2024-25 Q4", text, StringComparison.Ordinal);
        Assert.Contains("<td>Performance Monitoring Report 2024-25 Q4, version 1</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAnnual_ForAYearWithNoReport_FailsWithOneLine()
    {
        await cli.RunAsync("db", "migrate");

        var result = await cli.RunAsync("report", "annual", "--year", "2030-31", "--format", "html", "--output", Path.Combine(folder, "x.html"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("There is no annual report for 2030-31", result.Error, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}

public sealed class AnnualReportCommandTestsOnSqlite() : AnnualReportCommandTests(DatabaseProvider.Sqlite);

public sealed class AnnualReportCommandTestsOnPostgres() : AnnualReportCommandTests(DatabaseProvider.Postgres);

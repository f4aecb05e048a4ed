using System.Diagnostics;
using Oversight.Core.Data;

namespace Oversight.Cli.Tests.Commands;

public abstract class CustodyReportCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-custody-").FullName;

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await cli.DisposeAsync();
    }

    [Fact]
    public async Task ReportCustody_OnTheDemoData_PrintsTheSchemeFiguresFromTheVisitReports()
    {
        // Arrange
        await cli.RunAsync("db", "migrate");
        await cli.RunAsync("demo", "load");
        var pdf = Path.Combine(folder, "custody.pdf");
        var html = Path.Combine(folder, "custody.html");

        // Act
        var asPdf = await cli.RunAsync("report", "custody", "--year", "2024-25", "--format", "pdf", "--output", pdf);
        var asHtml = await cli.RunAsync("report", "custody", "--year", "2024-25", "--format", "html", "--output", html, "--public");

        // Assert
        Assert.Equal((0, ""), (asPdf.ExitCode, asPdf.Error));
        Assert.Contains("Wrote the custody visiting report for 2024/25 (280 visits, office version)", asPdf.Output, StringComparison.Ordinal);
        var text = string.Join(' ', (await RunAsync("pdftotext", pdf, "-")).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var expected in new[]
        {
            "Independent Custody Visiting Scheme annual report 2024/25", "Volunteer visitors who visited 22", "Visits to custody suites 280",
            "Share of available detainees spoken to 33%", "Issues by theme", "Coverage by suite", "Page 1 of",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The seed's "almost 1,300" are the detainees the visitors encountered; more were in custody than they listed.
        var detainees = System.Text.RegularExpressions.Regex.Match(text, @"Detainees the visitors encountered (\d),(\d{3})");
        Assert.True(detainees.Success, "no detainee count in the PDF");
        Assert.InRange(int.Parse(detainees.Groups[1].Value + detainees.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 1290, 1299);
        var inCustody = System.Text.RegularExpressions.Regex.Match(text, @"Detainees in custody during visits (\d),(\d{3})");
        Assert.True(int.Parse(inCustody.Groups[1].Value + inCustody.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 1299, "the head counts were not summed");
        Assert.Equal(0, asHtml.ExitCode);
        Assert.Contains("data-audience=\"public\"", await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportScrutiny_OnTheDemoData_Gives106RemandCasesAndEachPanel()
    {
        await cli.RunAsync("db", "migrate");
        await cli.RunAsync("demo", "load");
        var pdf = Path.Combine(folder, "scrutiny.pdf");

        var result = await cli.RunAsync("report", "scrutiny", "--year", "2024-25", "--format", "pdf", "--output", pdf, "--public");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("Wrote the scrutiny panels' report for 2024/25 (3 panels, 106 remand cases, public version)", result.Output, StringComparison.Ordinal);
        var text = string.Join(' ', (await RunAsync("pdftotext", pdf, "-")).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var expected in new[]
        {
            "Scrutiny panels annual report 2024/25", "Custody Detention Scrutiny Panel", "Out of Court Resolutions Scrutiny Panel", "Child Custody Scrutiny Panel",
            "Cases scrutinised 106", "Given local authority accommodation (foster or secure) 24%", "Strip searches of children", "Public version",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportCustody_WithABadYear_FailsWithOneLine()
    {
        var result = await cli.RunAsync("report", "custody", "--year", "2024", "--format", "pdf", "--output", Path.Combine(folder, "x.pdf"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--year", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.pdf")));
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

public sealed class CustodyReportCommandTestsOnSqlite() : CustodyReportCommandTests(DatabaseProvider.Sqlite);

public sealed class CustodyReportCommandTestsOnPostgres() : CustodyReportCommandTests(DatabaseProvider.Postgres);

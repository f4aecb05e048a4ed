using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;

namespace Oversight.Cli.Tests.Commands;

public abstract class ReportCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-report-").FullName;

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await cli.DisposeAsync();
    }

    [Theory]
    [InlineData("2024-25Q4")]
    [InlineData("2024-25 Q4")]
    public async Task ReportPerformance_ForADraftQuarter_WritesAMarkedDraftWithEveryThemeAndTheCommentary(string quarter)
    {
        // Arrange
        var plan = await DraftAsync("2024-25 Q4", "homicide", "Two fewer homicides than last quarter.");
        var html = Path.Combine(folder, "report.html");
        var xlsx = Path.Combine(folder, "report.xlsx");

        // Act
        var asHtml = await cli.RunAsync("report", "performance", "--quarter", quarter, "--format", "html", "--output", html);
        var asXlsx = await cli.RunAsync("report", "performance", "--quarter", quarter, "--format", "xlsx", "--output", xlsx);

        // Assert
        Assert.Equal((0, ""), (asHtml.ExitCode, asHtml.Error));
        Assert.Contains("Performance Monitoring Report 2024-25 Q4, version 1", asHtml.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken);
        Assert.Contains("<h1>Performance Monitoring Report 2024-25 Q4</h1>", text, StringComparison.Ordinal);
        Assert.Contains("Draft – not published", text, StringComparison.Ordinal);
        Assert.Contains("Two fewer homicides than last quarter.", text, StringComparison.Ordinal);
        foreach (var theme in plan.PerformanceThemes)
        {
            Assert.Contains($"Theme {theme.Number}: {System.Net.WebUtility.HtmlEncode(theme.Title)}</h2>", text, StringComparison.Ordinal);
        }

        Assert.Equal(0, asXlsx.ExitCode);
        Assert.Equal(plan.PerformanceThemes.Count + 2, MiniExcel.GetSheetNames(xlsx).Count);
        Assert.Equal(plan.Measures.Count(), MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Summary").Count());
        Assert.Empty(MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Data"));
    }

    [Fact]
    public async Task ReportPerformance_ForAQuarterWithNoReport_FailsWithOneLine()
    {
        await cli.RunAsync("db", "migrate");

        var result = await cli.RunAsync("report", "performance", "--quarter", "2023-24 Q1", "--format", "pdf", "--output", Path.Combine(folder, "x.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("oversight: There is no report for 2023-24 Q1", result.Error.Trim());
        Assert.False(File.Exists(Path.Combine(folder, "x.pdf")));
    }

    [Theory]
    [InlineData("2024 Q5", "html")]
    [InlineData("2024-25 Q4", "docx")]
    public async Task ReportPerformance_WithABadQuarterOrFormat_IsAUsageError(string quarter, string format)
    {
        var result = await cli.RunAsync("report", "performance", "--quarter", quarter, "--format", format, "--output", Path.Combine(folder, "x"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    /// Migrates the database and starts a draft report with one measure's commentary, through Core as the web app would.
    private async Task<PoliceAndCrimePlan> DraftAsync(string quarter, string measure, string commentary)
    {
        await cli.RunAsync("db", "migrate");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Oversight"] = cli.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddScoped<IAuditActor>(_ => new SystemAuditActor("test"));
        services.AddOversightCore(configuration);
        await using var provided = services.BuildServiceProvider();
        await using var scope = provided.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var report = new QuarterlyReport { Quarter = quarter, CreatedBy = "test", CreatedAt = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero) };
        report.MeasureCommentaries.Add(new MeasureCommentary { ReportId = report.Id, MeasureId = measure, Text = commentary });
        db.Add(report);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>();
    }
}

public sealed class ReportCommandTestsOnSqlite() : ReportCommandTests(DatabaseProvider.Sqlite);

public sealed class ReportCommandTestsOnPostgres() : ReportCommandTests(DatabaseProvider.Postgres);

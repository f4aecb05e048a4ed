using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Data;
using Oversight.Core.Performance.Reports;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Commands;

/// `demo load --as-of` pins the demo's today: its queues hold a working office's mix on that day.
public abstract class DemoCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 6, 17);
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task DemoLoad_AsOfADay_LeavesMostCasesOnTimeAFewDueThatDayAFewOverdueAndAReportAwaitingApproval()
    {
        // Act
        var result = await RunAsync("demo", "load", "--as-of", "2026-06-17");

        // Assert
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var (open, dueToday, overdue, unassigned, received, report, minutes) = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var openEnquiries = db.Enquiries.Where(e => e.Status != EnquiryStatus.Closed);
            return (
                await openEnquiries.CountAsync(),
                await openEnquiries.CountAsync(e => e.DueOn == Day),
                await openEnquiries.CountAsync(e => e.DueOn < Day),
                await openEnquiries.CountAsync(e => e.AssignedToName == null),
                await db.Enquiries.CountAsync(e => e.ReceivedOn >= new DateOnly(2026, 4, 1)),
                await db.QuarterlyReports.Where(r => r.Status == ReportStatus.Submitted).Select(r => r.Quarter).SingleAsync(),
                await db.Meetings.CountAsync(m => m.Date > Day && m.Minutes != null));
        });
        Assert.InRange(dueToday, 3, 10);
        Assert.InRange(overdue, 3, open / 3);
        Assert.InRange(unassigned, 1, 10);
        Assert.InRange(received, 180, 260);
        Assert.Equal("2025-26 Q4", report);
        Assert.Equal(0, minutes);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2024-12-31")]
    public async Task DemoLoad_AsOfNotADayAfter2024To25_IsRefusedNamingTheOption(string day)
    {
        // Act
        var result = await RunAsync("demo", "load", "--as-of", day);

        // Assert
        Assert.Equal(CliApp.Usage, result.ExitCode);
        Assert.Contains($"--as-of must be a date written YYYY-MM-DD, on or after 2025-04-01, not '{day}'", result.Error, StringComparison.Ordinal);
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--provider", provider.ToString(), "--connection", host.ConnectionString], output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

public sealed class DemoCommandTestsOnSqlite() : DemoCommandTests(DatabaseProvider.Sqlite);

public sealed class DemoCommandTestsOnPostgres() : DemoCommandTests(DatabaseProvider.Postgres);

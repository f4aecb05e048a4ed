using System.Net;
using System.Text.Json;
using Oversight.Core.Accounts;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Returns due and overdue, and measures flagged late, on a clock the test moves. Homicide is in West Yorkshire
/// Police's monthly return, due 20 working days after each month ends: December 2026's on 29 January 2027,
/// January 2027's on 26 February 2027.
public abstract class ReturnCalendarPageTests(ClockHost host)
{
    [Fact]
    public async Task ReturnsAndLateFlags_FollowTheClock_AndPartnersSeeOnlyTheirOwn()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await TestObservations.AddFromAsync(host, "homicide", Observation.ForceArea, new DateOnly(2025, 1, 1), [.. Enumerable.Range(0, 24).Select(i => 3.0 + (i % 3))]);
        var analystEmail = await host.CreateUserAsync(Roles.Analyst);
        var policeEmail = await host.CreateUserAsync(Roles.PartnerUser, "west-yorkshire-police");
        var councilEmail = await host.CreateUserAsync(Roles.PartnerUser, "leeds-city-council");

        // Act
        var analyst = await host.SignInOnAsync(analystEmail, new DateOnly(2027, 2, 19));
        var returns = await (await analyst.GetAsync("/data/returns", ct)).GetDocumentAsync();
        var searched = await (await analyst.GetAsync("/data/returns?q=2027-01+performance+returns", ct)).GetDocumentAsync();
        var secondPage = await analyst.GetAsync("/data/returns?p=2", ct);
        var matrixBefore = await (await analyst.GetAsync("/performance?area=force", ct)).GetDocumentAsync();
        var police = await (await (await host.SignInOnAsync(policeEmail, new DateOnly(2027, 2, 19))).GetAsync("/data/returns", ct)).GetDocumentAsync();
        var council = await (await (await host.SignInOnAsync(councilEmail, new DateOnly(2027, 2, 19))).GetAsync("/data/returns", ct)).GetDocumentAsync();
        analyst = await host.SignInOnAsync(analystEmail, new DateOnly(2027, 3, 1));
        var matrixAfter = await (await analyst.GetAsync("/performance?area=force", ct)).GetDocumentAsync();
        var page = await (await analyst.GetAsync("/performance/measures/homicide?area=force", ct)).GetDocumentAsync();
        var api = JsonDocument.Parse(await analyst.GetStringAsync("/api/measures/homicide/judgement?area=force", ct)).RootElement;
        var returnsAfter = await (await analyst.GetAsync("/data/returns?q=2027-01+performance+returns", ct)).GetDocumentAsync();

        // Assert
        Assert.Equal("Due", returns.QuerySelector("[data-testid=return-police-performance-2027-01] [data-testid=status]")?.TextContent.Trim());
        Assert.Equal("Overdue", returns.QuerySelector("[data-testid=return-office-measures-2026-27-Q3] [data-testid=status]")?.TextContent.Trim());
        Assert.Equal(25, returns.QuerySelectorAll("[data-testid=returns] tbody tr").Length);
        Assert.NotNull(returns.QuerySelector(".govuk-pagination__next a"));
        Assert.Equal(HttpStatusCode.OK, secondPage.StatusCode);
        Assert.Equal("2", (await secondPage.GetDocumentAsync()).QuerySelector(".govuk-pagination [aria-current=page]")?.TextContent.Trim());
        Assert.Equal(["return-police-performance-2027-01"], searched.QuerySelectorAll("[data-testid=returns] tbody tr").Select(r => r.GetAttribute("data-testid")));
        Assert.NotNull(police.QuerySelector("[data-testid=return-police-performance-2027-01]"));
        Assert.Null(police.QuerySelector("[data-testid=return-office-measures-2026-27-Q3]"));
        Assert.Equal("0 returns outstanding, 0 overdue", council.QuerySelector("[data-testid=returns-total]")?.TextContent.Trim());
        Assert.Null(matrixBefore.QuerySelector("[data-testid=measure-homicide] [data-testid=late]"));
        Assert.Equal("expected 2027-01", matrixAfter.QuerySelector("[data-testid=measure-homicide] [data-testid=expected]")?.TextContent.Trim());
        Assert.Equal("expected 2027-01", page.QuerySelector("[data-testid=judgement] [data-testid=expected]")?.TextContent.Trim());
        Assert.True(api.GetProperty("late").GetBoolean());
        Assert.Equal("2027-01", api.GetProperty("expected_period").GetString());
        Assert.Equal("Overdue", returnsAfter.QuerySelector("[data-testid=return-police-performance-2027-01] [data-testid=status]")?.TextContent.Trim());
    }
}

public sealed class ReturnCalendarPageTestsOnSqlite(SqliteClockHost host) : ReturnCalendarPageTests(host), IClassFixture<SqliteClockHost>;

public sealed class ReturnCalendarPageTestsOnPostgres(PostgresClockHost host) : ReturnCalendarPageTests(host), IClassFixture<PostgresClockHost>;

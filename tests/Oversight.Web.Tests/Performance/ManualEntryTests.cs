using System.Net;
using System.Text.Json;
using Oversight.Core.Accounts;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

public abstract class ManualEntryTests(HostFixture host)
{
    [Theory]
    [InlineData("homicide", "2024-13", "force", "3", "", "", "Period", "Enter a month from 01 to 12, like 2024-05")]
    [InlineData("homicide", "", "force", "3", "", "", "Period", "Enter a period")]
    [InlineData("homicide", "{month}", "york", "3", "", "", "Area", "Enter an area that is one of: force, bradford, calderdale, kirklees, leeds, wakefield")]
    [InlineData("homicide", "{month}", "force", "ten", "", "", "Value", "Enter the value as a number, like 42 or 12.5")]
    [InlineData("homicide", "{month}", "force", "", "", "", "Value", "Enter a value")]
    [InlineData("homicide", "{month}", "force", "-1", "", "", "Value", "Enter a value of 0 or more")]
    [InlineData("victim-satisfaction", "{quarter}", "force", "101", "", "", "Value", "Enter a percentage from 0 to 100")]
    [InlineData("victim-satisfaction", "2024-25", "force", "50", "", "", "Period", "Enter a period like 2024-25 Q3")]
    [InlineData("victim-satisfaction", "{quarter}", "leeds", "50", "30", "20", "Numerator", "Enter a numerator that is not more than the denominator")]
    [InlineData("victim-satisfaction", "{quarter}", "leeds", "50", "", "20", "Numerator", "Enter a numerator, or leave the denominator blank")]
    [InlineData("victim-satisfaction", "{quarter}", "leeds", "50", "1", "x", "Denominator", "Enter the denominator as a number, like 1200")]
    public async Task Post_ValueBreakingARule_ShowsTheErrorBesideTheFieldAndSavesNothing(
        string measure, string period, string area, string value, string numerator, string denominator, string field, string message)
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        period = period.Replace("{month}", TestPeriods.Month(), StringComparison.Ordinal).Replace("{quarter}", TestPeriods.Quarter(), StringComparison.Ordinal);

        // Act
        var response = await analyst.EnterValueAsync(measure, period, area, value, numerator, denominator);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: " + message, document.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Contains(message, document.ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.ObservationsAsync(measure, period));
    }

    [Fact]
    public async Task Post_SixValuesForOneMonthAtOnce_AreAllKeptAsVersionsWithOneCurrent()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var month = TestPeriods.Month();

        // On PostgreSQL concurrent serializable writes are refused; each must be run again, not lost.
        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => analyst.EnterValueAsync("homicide", month, "leeds", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var saved = await host.ObservationsAsync("homicide", month);
        Assert.Equal([1, 2, 3, 4, 5, 6], saved.Select(o => o.Value).Order());
        Assert.Equal([1, 2, 3, 4, 5, 6], saved.Select(o => o.Version));
        Assert.Equal(6, Assert.Single(saved, o => o.IsCurrent).Version);
    }

    [Fact]
    public async Task Post_GoodValue_IsSavedAndShownOnTheMeasurePageAndApi()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Quarter();

        var response = await analyst.EnterValueAsync("victim-satisfaction", period.Replace(" ", "", StringComparison.Ordinal), "kirklees", "75", "300", "400", "survey wave 3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/data/measures/victim-satisfaction", response.Headers.Location?.ToString());
        var saved = Assert.Single(await host.ObservationsAsync("victim-satisfaction", period));
        Assert.Equal((75.0, 300.0, 400.0, ObservationSource.ManualEntry, 1), (saved.Value, saved.Numerator, saved.Denominator, saved.Source, saved.Version));
        var page = await (await analyst.GetAsync("/data/measures/victim-satisfaction", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains(page.QuerySelectorAll("[data-testid=values] tbody tr"), row => row.TextContent.Contains(Core.Documents.ReportWords.PeriodInFull(period), StringComparison.Ordinal)
            && row.TextContent.Contains("survey wave 3", StringComparison.Ordinal));
        var json = JsonDocument.Parse(await analyst.GetStringAsync("/api/measures/victim-satisfaction/values", TestContext.Current.CancellationToken));
        Assert.Contains(json.RootElement.EnumerateArray(), v => v.GetProperty("period").GetString() == period && v.GetProperty("value").GetDouble() == 75);
    }

    [Fact]
    public async Task Post_ChangedThenSameValue_AddsOneVersionOnly()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        await analyst.EnterValueAsync("homicide", period, "leeds", "2");

        await analyst.EnterValueAsync("homicide", period, "leeds", "3");
        await analyst.EnterValueAsync("homicide", period, "leeds", "3");

        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal([(1, 2.0, false), (2, 3.0, true)], held.Select(o => (o.Version, o.Value, o.IsCurrent)));
    }

    [Fact]
    public async Task Get_PartnerForAMeasureTheyMayNotRead_Is404()
    {
        var partner = await host.ClientForRoleAsync(Roles.PartnerUser);

        var response = await partner.GetAsync("/data/measures/homicide/values/new", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ManualEntryTestsOnSqlite(SqliteHost host) : ManualEntryTests(host);

public sealed class ManualEntryTestsOnPostgres(PostgresHost host) : ManualEntryTests(host);

using System.Globalization;
using System.Text.Json;
using Oversight.Core.Performance.Observations;

namespace Oversight.Cli.Tests.Performance;

/// The demo's invented series run at West Yorkshire's real magnitudes, up to the last complete month, and the demo's
/// national counts make every street-crime comparison show.
public abstract class DemoMagnitudeTests(DemoHost host)
{
    [Fact]
    public async Task Homicides_AreAFewAMonth()
    {
        var series = await host.SeriesAsync("homicide", Observation.ForceArea);

        // West Yorkshire recorded 34 homicides in the 12 months to June 2019 (ONS): about 3 a month.
        Assert.InRange(series.Average(s => s.Value), 1.5, 4.5);
        Assert.All(series, s => Assert.InRange(s.Value, 0, 15));
    }

    [Fact]
    public async Task Violence_RunsAtTheRealFilesLevelUpToTheLastCompleteMonth()
    {
        var series = await host.SeriesAsync("violence-and-sexual-offences", Observation.ForceArea);

        // 122,007 violence and sexual offences in West Yorkshire's street files for 2025-05 to 2026-04: 10,167 a month.
        Assert.InRange(series.Average(s => s.Value), 8_500, 12_000);
        var today = DateTime.UtcNow;
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), series[^1].Period);
    }

    [Fact]
    public async Task ComparisonApi_OnTheDemo_ComparesViolenceWithTheFallbackGroup()
    {
        var client = await host.AnalystAsync();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/measures/violence-and-sexual-offences/comparison", TestContext.Current.CancellationToken)).RootElement;

        Assert.NotEqual("not-comparable", json.GetProperty("judgement").GetString());
        Assert.Equal(["merseyside", "northumbria", "south-yorkshire"], json.GetProperty("group").EnumerateArray().Select(g => g.GetProperty("id").GetString()).Order());
        Assert.Equal(["greater-manchester", "west-midlands"], json.GetProperty("missing").EnumerateArray().Select(g => g.GetString()));
        Assert.InRange(json.GetProperty("force").GetProperty("count").GetInt64(), 100_000, 150_000);
    }
}

public sealed class DemoMagnitudeTestsOnSqlite(DemoSqliteHost host) : DemoMagnitudeTests(host), IClassFixture<DemoSqliteHost>;

public sealed class DemoMagnitudeTestsOnPostgres(DemoPostgresHost host) : DemoMagnitudeTests(host), IClassFixture<DemoPostgresHost>;

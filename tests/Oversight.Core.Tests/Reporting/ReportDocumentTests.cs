using Oversight.Core.Documents;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Tests.Reporting;

public sealed class ReportDocumentTests
{
    [Fact]
    public void Exceptions_ListOnlyConcernOrConsistentFailure_WithTheReasonInWords()
    {
        var document = Document(ReportAudience.Office,
            Measure("rising", SpcVariation.ConcernHigh, null),
            Measure("failing", SpcVariation.CommonCause, SpcAssurance.ConsistentlyFail),
            Measure("both", SpcVariation.ConcernLow, SpcAssurance.ConsistentlyFail),
            Measure("improving", SpcVariation.ImprovementHigh, SpcAssurance.HitAndMiss),
            Measure("unjudged", null, null));

        var exceptions = document.Exceptions.ToDictionary(e => e.Measure.Id, e => e.Reason);

        Assert.Equal(["rising", "failing", "both"], exceptions.Keys);
        Assert.Equal("Special cause – concern (high)", exceptions["rising"]);
        Assert.Equal("Consistently misses the target", exceptions["failing"]);
        Assert.Equal("Special cause – concern (low); consistently misses the target", exceptions["both"]);
    }

    [Fact]
    public void PublicCopy_HidesCountsBelowFiveAndTheirChart_ButTheOfficeCopyShowsThem()
    {
        var small = Measure("small", SpcVariation.CommonCause, null, latest: 3, series: [6, 3]);
        var office = Document(ReportAudience.Office, small);
        var published = Document(ReportAudience.Public, small);

        Assert.Equal("3", office.LatestText(small));
        Assert.NotNull(office.ChartOf(small));
        Assert.Equal(SmallCounts.Suppressed, published.LatestText(small));
        Assert.Null(published.ChartOf(small));
        Assert.Equal("6", published.ValueText(MeasureUnit.Count, 6));
        Assert.Equal("3.0%", published.ValueText(MeasureUnit.Percentage, 3));
    }

    [Fact]
    public void Annex_HasEverySeriesPoint_OrTheLatestValueWhenNoSeriesWasFrozen()
    {
        var document = Document(ReportAudience.Office,
            Measure("charted", SpcVariation.CommonCause, null, latest: 12, series: [10, 11, 12]),
            Measure("old-snapshot", SpcVariation.CommonCause, null, latest: 40),
            Measure("no-data", null, null, latest: null));

        var rows = document.Annex.Select(r => (r.Measure.Id, r.Period, r.Value)).ToList();

        Assert.Equal([("charted", "2024-01", 10d), ("charted", "2024-02", 11d), ("charted", "2024-03", 12d), ("old-snapshot", "2024-03", 40d)], rows);
    }

    [Fact]
    public void Snapshot_PublishedBeforeSeriesWereKept_ReadsWithNoSeries()
    {
        const string json = """{"area":"force","areaName":"West Yorkshire","themes":[{"id":"t","number":1,"title":"T","suggestedJudgement":"Stable","overrideJudgement":null,"overrideRationale":null,"commentary":"","measures":[{"id":"m","name":"M","unit":"Count","latestValue":4,"latestPeriod":"2024-03","variation":"CommonCause","assurance":null,"commentary":"Words"}]}]}""";

        var measure = ReportSnapshot.FromJson(json).Themes[0].Measures[0];

        Assert.Null(measure.Series);
        Assert.Equal("Words", measure.Commentary);
    }

    [Fact]
    public void Snapshot_WithASeries_RoundTripsThroughJson()
    {
        var snapshot = new ReportSnapshot("force", "West Yorkshire", [Theme(Measure("m", SpcVariation.ConcernHigh, null, latest: 12, series: [10, 11, 12]))]);

        var back = ReportSnapshot.FromJson(snapshot.ToJson()).Themes[0].Measures[0];

        Assert.Equal(snapshot.Themes[0].Measures[0].Series, back.Series);
    }

    private static ReportDocument Document(ReportAudience audience, params MeasureSnapshot[] measures) =>
        new(new ReportCover("Office", "Plan", "West Yorkshire", "2024-25 Q4", 1, ReportStatus.Published, null, null), [Theme(measures)], audience);

    private static ThemeSnapshot Theme(params MeasureSnapshot[] measures) => new("t", 1, "Theme", "Stable", null, null, "", measures);

    private static MeasureSnapshot Measure(string id, SpcVariation? variation, SpcAssurance? assurance, double? latest = 10, double[]? series = null) =>
        new(id, id, MeasureUnit.Count, latest, latest is null ? null : "2024-03", variation, assurance, "",
            series is null ? null : [.. series.Select((v, i) => new SpcPoint($"2024-{i + 1:00}", v, 11, 5, 17, SpcVariation.CommonCause, SpcRules.None, 0))]);
}

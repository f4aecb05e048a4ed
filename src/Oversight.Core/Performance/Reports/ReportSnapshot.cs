using System.Text.Json;
using System.Text.Json.Serialization;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// Everything a published report shows, frozen when it is published so later data or plan changes never alter it.
public sealed record ReportSnapshot(string Area, string AreaName, IReadOnlyList<ThemeSnapshot> Themes)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Json) ?? throw new InvalidOperationException("The report snapshot is empty");
}

public sealed record ThemeSnapshot(
    string Id,
    int Number,
    string Title,
    string SuggestedJudgement,
    string? OverrideJudgement,
    string? OverrideRationale,
    string Commentary,
    IReadOnlyList<MeasureSnapshot> Measures)
{
    public string Judgement => OverrideJudgement ?? SuggestedJudgement;
}

/// A measure as published. Series is the judged chart behind the icons, frozen with them so the report document can
/// redraw it; null in snapshots published before the series was kept. NoData is the analyst's reason the measure has no
/// value for the quarter, shown as "no data for this quarter: …".
public sealed record MeasureSnapshot(
    string Id,
    string Name,
    MeasureUnit Unit,
    double? LatestValue,
    string? LatestPeriod,
    SpcVariation? Variation,
    SpcAssurance? Assurance,
    string Commentary,
    IReadOnlyList<SpcPoint>? Series = null,
    string? NoData = null);

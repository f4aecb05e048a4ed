using System.Text.Json;
using System.Text.Json.Serialization;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// Everything a published report shows, frozen when it is published so later data or plan changes never alter it.
/// Covering and ForceResponse are null in snapshots published before the Panel's covering report was kept, and where
/// nothing was written.
public sealed record ReportSnapshot(
    string Area, string AreaName, IReadOnlyList<ThemeSnapshot> Themes, CoveringSnapshot? Covering = null, ForceResponseSnapshot? ForceResponse = null)
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

/// The covering report to the Police and Crime Panel: why the report comes to the Panel, the quarter in brief, the
/// exceptions it should look at and what the office recommends the Panel do. A part nobody wrote is "".
public sealed record CoveringSnapshot(string Purpose, string Summary, string Exceptions, string Recommendations)
{
    /// The parts in the order the Panel reads them, each with its heading; the page, the document and the form share it.
    [JsonIgnore]
    public IReadOnlyList<(string Heading, string Text)> Parts =>
        [("Purpose", Purpose), ("Summary of the quarter", Summary), ("Exceptions", Exceptions), ("Recommendations to the Panel", Recommendations)];
}

/// The force's response as it was when the report was published: who wrote it, for which organisation, and when.
public sealed record ForceResponseSnapshot(string Organisation, string Text, string By, DateTimeOffset At);

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
/// value for the quarter, shown as "no data for this quarter: …". Comparison is the force against its comparison
/// group over the 12 months to the quarter's end, for a measure police.uk's national files can compare; null otherwise.
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
    string? NoData = null,
    ComparisonSnapshot? Comparison = null);

/// <summary>A measure's comparison with similar forces as the report showed it (MeasureComparisons), frozen with it.</summary>
/// <param name="From">The first month of the 12 compared.</param>
/// <param name="To">The last month compared.</param>
/// <param name="Group">The comparison group's name.</param>
/// <param name="GroupOfficial">False for a labelled fallback group, not the Home Office most similar group.</param>
/// <param name="RatePerThousand">The force's rate per 1,000 residents.</param>
/// <param name="GroupRatePerThousand">The group's pooled rate, without the force.</param>
/// <param name="EnglandWalesRatePerThousand">Every force with data, pooled.</param>
/// <param name="Rank">The force's place in the group, 1 the best.</param>
/// <param name="Of">How many were ranked.</param>
/// <param name="Judgement">"better", "similar", "worse", "higher", "lower" or "not-comparable".</param>
/// <param name="Method">How it was worked out, in words.</param>
public sealed record ComparisonSnapshot(
    string From, string To, string Group, bool GroupOfficial, double RatePerThousand, double? GroupRatePerThousand,
    double? EnglandWalesRatePerThousand, int Rank, int Of, string Judgement, string Method);

using System.Text.Json.Serialization;
using Oversight.Core.Performance.National;
using Oversight.Domain.Performance.National;

namespace Oversight.Web.Api;

/// One force's events and rate in a comparison.
public sealed record ForceRateJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("population")] int Population,
    [property: JsonPropertyName("rate_per_1000")] double RatePer1000)
{
    public static ForceRateJson From(ForceCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.Force.Id, count.Force.Name, count.Count, count.Force.Population, Math.Round(count.RatePerThousand, 3));
    }
}

/// One month of the 36-month trend of the force against its group.
public sealed record ComparisonTrendJson(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("rate_per_1000")] double? RatePer1000,
    [property: JsonPropertyName("group_rate_per_1000")] double? GroupRatePer1000);

/// A measure's comparison with the force's comparison group and England and Wales, with the field names the
/// measure page uses; group_official false says the group is a labelled fallback, not the Home Office MSG.
public sealed record ComparisonJson(
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("area")] string Area,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("force")] ForceRateJson? Force,
    [property: JsonPropertyName("group")] IReadOnlyList<ForceRateJson> Group,
    [property: JsonPropertyName("group_rate_per_1000")] double? GroupRatePer1000,
    [property: JsonPropertyName("england_wales_rate_per_1000")] double? EnglandWalesRatePer1000,
    [property: JsonPropertyName("rank")] int? Rank,
    [property: JsonPropertyName("of")] int? Of,
    [property: JsonPropertyName("judgement")] string Judgement,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("group_name")] string GroupName,
    [property: JsonPropertyName("group_official")] bool GroupOfficial,
    [property: JsonPropertyName("group_method")] string GroupMethod,
    [property: JsonPropertyName("missing")] IReadOnlyList<string> Missing,
    [property: JsonPropertyName("trend")] IReadOnlyList<ComparisonTrendJson> Trend)
{
    public static ComparisonJson Create(MeasureComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var result = comparison.Result;
        return new(
            comparison.Measure.Id,
            Core.Performance.Observations.Observation.ForceArea,
            comparison.From,
            comparison.To,
            result is null ? null : ForceRateJson.From(result.Force),
            result?.Group.Select(ForceRateJson.From).ToList() ?? [],
            Round(result?.GroupRatePerThousand),
            Round(result?.EnglandWalesRatePerThousand),
            result?.Rank,
            result?.Of,
            comparison.JudgementWord,
            comparison.Method,
            comparison.Group.Name,
            comparison.Group.Official,
            comparison.Group.Method,
            comparison.MissingForces.Select(f => f.Id).ToList(),
            comparison.Trend.Select(t => new ComparisonTrendJson(t.Month, Round(t.ForceRatePerThousand), Round(t.GroupRatePerThousand))).ToList());
    }

    private static double? Round(double? rate) => rate is { } r ? Math.Round(r, 3) : null;
}

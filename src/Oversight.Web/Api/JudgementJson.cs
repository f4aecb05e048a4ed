using System.Text.Json.Serialization;
using Oversight.Core.Performance.Judgements;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Api;

/// A point as `oversight spc` writes it, so a script can read either.
public sealed record PointJson(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("lpl")] double? Lpl,
    [property: JsonPropertyName("upl")] double? Upl,
    [property: JsonPropertyName("special_cause")] string SpecialCause,
    [property: JsonPropertyName("rule")] IReadOnlyList<string> Rule);

/// A measure's judgement for one area, with the same field names as `oversight spc`; target is the value the latest
/// point was judged against, and expected_period the latest period whose value is due by today (late when the
/// latest value is older).
public sealed record JudgementJson(
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("area")] string Area,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("improvement")] string Improvement,
    [property: JsonPropertyName("points")] IReadOnlyList<PointJson> Points,
    [property: JsonPropertyName("variation_icon")] string? VariationIcon,
    [property: JsonPropertyName("assurance_icon")] string? AssuranceIcon,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings,
    [property: JsonPropertyName("target")] double? Target,
    [property: JsonPropertyName("expected_period")] string? ExpectedPeriod,
    [property: JsonPropertyName("late")] bool Late)
{
    public static JudgementJson From(MeasureJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var chart = judgement.Chart;
        return new(
            judgement.Measure.Id,
            judgement.Area,
            SpcProfile.Mdc.Name,
            judgement.Measure.Improvement.ToString().ToLowerInvariant(),
            [.. chart.Points.Select(p => new PointJson(p.Period, p.Value, p.Mean, p.Lower, p.Upper, SpcNames.Of(p.SpecialCause), SpcNames.Of(p.Rules)))],
            chart.VariationIcon is { } v ? SpcNames.Of(v) : null,
            chart.AssuranceIcon is { } a ? SpcNames.Of(a) : null,
            chart.WarningMessages,
            judgement.Target,
            judgement.Expected?.Text,
            judgement.IsLate);
    }
}

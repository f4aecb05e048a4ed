using System.Globalization;
using System.Text;
using System.Text.Json;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Cli.Spc;

/// Writes a judged chart as the JSON of the `oversight spc` contract. Numbers are written with
/// full double precision ("R", culture-invariant), so a reader gets back exactly the same doubles.
public static class SpcJsonWriter
{
    public static string Write(SpcResult result, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("profile", options.Profile.Name);
            json.WriteString("improvement", options.Improvement.ToString().ToLowerInvariant());
            Number(json, "target", options.Target);
            json.WriteStartArray("points");
            foreach (var point in result.Points)
            {
                Point(json, point);
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in result.Groups)
            {
                Group(json, group);
            }

            json.WriteEndArray();
            Text(json, "variation_icon", result.VariationIcon is { } v ? SpcNames.Of(v) : null);
            Text(json, "assurance_icon", result.AssuranceIcon is { } a ? SpcNames.Of(a) : null);
            json.WriteStartArray("warnings");
            foreach (var warning in result.WarningMessages)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Point(Utf8JsonWriter json, SpcPoint point)
    {
        json.WriteStartObject();
        json.WriteString("period", point.Period);
        Number(json, "value", point.Value);
        Number(json, "mean", point.Mean);
        Number(json, "lpl", point.Lower);
        Number(json, "upl", point.Upper);
        json.WriteString("special_cause", SpcNames.Of(point.SpecialCause));
        json.WriteStartArray("rule");
        foreach (var rule in SpcNames.Of(point.Rules))
        {
            json.WriteStringValue(rule);
        }

        json.WriteEndArray();
        json.WriteNumber("group", point.Group);
        json.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter json, SpcGroup group)
    {
        json.WriteStartObject();
        json.WriteString("first_period", group.FirstPeriod);
        json.WriteNumber("points", group.Count);
        json.WriteNumber("limit_points", group.LimitPoints);
        Number(json, "mean", group.Mean);
        Number(json, "moving_range_mean", group.MovingRangeMean);
        Number(json, "moving_range_mean_used", group.MovingRangeMeanUsed);
        json.WriteNumber("moving_ranges_excluded", group.ExcludedMovingRanges);
        Number(json, "lpl", group.Lower);
        Number(json, "upl", group.Upper);
        Number(json, "lower_two_sigma", group.LowerTwoSigma);
        Number(json, "upper_two_sigma", group.UpperTwoSigma);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is double d)
        {
            json.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

using System.Text.Json;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Turns fixture JSON into engine inputs, and rounds results the way the fixture printed them.</summary>
public static class FixtureReading
{
    public static SpcObservation[] Observations(JsonElement series)
    {
        var periods = series.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToArray();
        var values = series.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return [.. periods.Zip(values, (p, v) => new SpcObservation(p, v))];
    }

    public static SpcOptions Options(JsonElement settings, SpcProfile profile)
    {
        var options = new SpcOptions { Profile = profile };
        if (settings.TryGetProperty("screen_outliers", out var screen))
        {
            options = options with { ScreenOutliers = screen.GetBoolean() };
        }

        if (settings.TryGetProperty("rebase_at", out var rebase))
        {
            options = options with { RebaseAt = [.. rebase.EnumerateArray().Select(r => r.GetString()!)] };
        }

        if (settings.TryGetProperty("target", out var target))
        {
            options = options with { Target = target.GetDouble() };
        }

        if (settings.TryGetProperty("improvement", out var improvement))
        {
            options = options with { Improvement = Direction(improvement.GetString()!) };
        }

        return options;
    }

    public static ImprovementDirection Direction(string name) => Enum.Parse<ImprovementDirection>(name, ignoreCase: true);

    /// <summary>Rounds as the fixture's expectation was printed: significant digits ("digits"/"signif") or decimal places ("decimals").</summary>
    public static double Rounded(double value, JsonElement expected)
    {
        if (expected.TryGetProperty("decimals", out var decimals))
        {
            return Math.Round(value, decimals.GetInt32(), MidpointRounding.AwayFromZero);
        }

        var digits = expected.TryGetProperty("digits", out var d) ? d.GetInt32() : expected.GetProperty("signif").GetInt32();
        if (value == 0)
        {
            return 0;
        }

        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
    }
}

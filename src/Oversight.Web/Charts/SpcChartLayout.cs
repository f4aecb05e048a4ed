using System.Globalization;
using System.Text;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.Web.Performance;

namespace Oversight.Web.Charts;

public sealed record ChartMarker(double X, double Y, JudgementIcon Icon, string Label);

public sealed record ChartTick(double Position, string Label);

/// Where everything on the SVG chart goes. Limits step where a new group starts, so each line is drawn per group.
public sealed class SpcChartLayout
{
    public const double Width = 720;
    public const double Height = 300;
    private const double Left = 64;
    private const double Right = 32;
    private const double Top = 28;
    private const double Bottom = 32;

    private readonly double min;
    private readonly double max;
    private readonly int count;
    private readonly double step;
    private readonly MeasureUnit? unit;

    /// Lays out the points; the unit, when known, names the y axis and writes values as the measure's unit does.
    public SpcChartLayout(IReadOnlyList<SpcPoint> points, MeasureUnit? unit = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = points;
        this.unit = unit;
        count = points.Count;
        var values = points.SelectMany(p => new[] { p.Value, p.Mean, p.Lower ?? p.Value, p.Upper ?? p.Value }).ToList();
        var low = values.Count == 0 ? 0 : values.Min();
        var high = values.Count == 0 ? 1 : values.Max();
        if (high <= low)
        {
            var pad = Math.Max(Math.Abs(high) * 0.1, 1);
            (low, high) = (low - pad, high + pad);
        }

        // The axis runs between round numbers a whole number of round steps apart, so every tick reads as people
        // write numbers (1,000, 1,050, 1,100), never 1,001.01.
        step = RoundStep((high - low) / 4);
        min = Math.Floor(low / step) * step;
        max = Math.Ceiling(high / step) * step;
        if (unit is MeasureUnit.Count or MeasureUnit.Percentage && low >= 0 && min < 0)
        {
            min = 0;
        }
    }

    public IReadOnlyList<SpcPoint> Points { get; }

    /// The y axis's title: what the numbers are.
    public string AxisTitle => unit switch
    {
        MeasureUnit.Count => "Number",
        MeasureUnit.RatePer1000 => "Rate per 1,000 people",
        MeasureUnit.Percentage => "Per cent (%)",
        MeasureUnit.Minutes => "Minutes",
        MeasureUnit.Days => "Days",
        MeasureUnit.Ratio => "Ratio",
        MeasureUnit.Score => "Score",
        _ => "Value",
    };

    /// One key entry for each kind of point the chart draws, in the order common cause, improvement, concern,
    /// neither, so the key never shows a symbol the chart lacks and its triangles point the way the chart's do.
    public IReadOnlyList<JudgementIcon> KeyIcons => Points
        .Select(p => p.Variation)
        .Distinct()
        .Order()
        .Select(v => JudgementIcon.For(v))
        .DistinctBy(i => (i.Path, i.Colour, i.Letter))
        .ToList();

    public static double PlotLeft => Left;

    public static double PlotTop => Top;

    public static double PlotRight => Width - Right;

    public static double PlotBottom => Height - Bottom;

    public string ValueLine => Line(Enumerable.Range(0, count).Select(i => (i, (double?)Points[i].Value)));

    public IEnumerable<string> MeanLines => ByGroup(p => p.Mean);

    public IEnumerable<string> LowerLines => ByGroup(p => p.Lower);

    public IEnumerable<string> UpperLines => ByGroup(p => p.Upper);

    public IEnumerable<ChartMarker> Markers => Points.Select((p, i) =>
        new ChartMarker(X(i), Y(p.Value), JudgementIcon.ForPoint(p), $"{JudgementText.Period(p.Period)}: {ValueText(p.Value)}, {JudgementText.Cause(p.SpecialCause).ToLowerInvariant()}"));

    /// A tick at every round step from the bottom of the axis to the top.
    public IEnumerable<ChartTick> YTicks
    {
        get
        {
            var ticks = (int)Math.Round((max - min) / step);
            var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9));
            return Enumerable.Range(0, ticks + 1).Select(i =>
            {
                var value = Math.Round(min + (i * step), decimals);
                return new ChartTick(Y(value), value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
            });
        }
    }

    /// About eight period labels, whatever the series' length.
    public IEnumerable<ChartTick> XTicks
    {
        get
        {
            var step = Math.Max(1, (int)Math.Ceiling(count / 8.0));
            return Enumerable.Range(0, count).Where(i => i % step == 0).Select(i => new ChartTick(X(i), JudgementText.Period(Points[i].Period)));
        }
    }

    private static CultureInfo Culture => CultureInfo.GetCultureInfo("en-GB");

    public static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    public double X(int index) => count <= 1 ? (Left + PlotRight) / 2 : Left + ((PlotRight - Left) * index / (count - 1));

    public double Y(double value) => Top + ((PlotBottom - Top) * (max - value) / (max - min));

    /// 1, 2 or 5 times a power of ten: the round step nearest above the one asked for.
    internal static double RoundStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private string ValueText(double value) => unit is { } u ? JudgementText.Value(u, value) : JudgementText.Number(value);

    private IEnumerable<string> ByGroup(Func<SpcPoint, double?> pick) =>
        Enumerable.Range(0, count).GroupBy(i => Points[i].Group)
            .Select(g => Line(g.Select(i => (i, pick(Points[i])))))
            .Where(l => l.Length > 0);

    private string Line(IEnumerable<(int Index, double? Value)> points)
    {
        var text = new StringBuilder();
        foreach (var (index, value) in points)
        {
            if (value is double v)
            {
                text.Append(F(X(index))).Append(',').Append(F(Y(v))).Append(' ');
            }
        }

        return text.ToString().TrimEnd();
    }
}

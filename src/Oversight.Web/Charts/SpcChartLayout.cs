using System.Globalization;
using System.Text;
using Oversight.Domain.Performance.Spc;
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
    private const double Top = 16;
    private const double Bottom = 32;

    private readonly double min;
    private readonly double max;
    private readonly int count;

    public SpcChartLayout(IReadOnlyList<SpcPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = points;
        count = points.Count;
        var values = points.SelectMany(p => new[] { p.Value, p.Mean, p.Lower ?? p.Value, p.Upper ?? p.Value }).ToList();
        min = values.Count == 0 ? 0 : values.Min();
        max = values.Count == 0 ? 1 : values.Max();
        var pad = max > min ? (max - min) * 0.08 : Math.Max(Math.Abs(max) * 0.1, 1);
        (min, max) = (min - pad, max + pad);
    }

    public IReadOnlyList<SpcPoint> Points { get; }

    public static double PlotLeft => Left;

    public static double PlotRight => Width - Right;

    public static double PlotBottom => Height - Bottom;

    public string ValueLine => Line(Enumerable.Range(0, count).Select(i => (i, (double?)Points[i].Value)));

    public IEnumerable<string> MeanLines => ByGroup(p => p.Mean);

    public IEnumerable<string> LowerLines => ByGroup(p => p.Lower);

    public IEnumerable<string> UpperLines => ByGroup(p => p.Upper);

    public IEnumerable<ChartMarker> Markers => Points.Select((p, i) =>
        new ChartMarker(X(i), Y(p.Value), JudgementIcon.ForPoint(p), $"{p.Period}: {JudgementText.Number(p.Value)}, {JudgementText.Cause(p.SpecialCause).ToLowerInvariant()}"));

    public IEnumerable<ChartTick> YTicks => Enumerable.Range(0, 5).Select(i =>
    {
        var value = min + ((max - min) * i / 4);
        return new ChartTick(Y(value), JudgementText.Number(value));
    });

    /// About eight period labels, whatever the series' length.
    public IEnumerable<ChartTick> XTicks
    {
        get
        {
            var step = Math.Max(1, (int)Math.Ceiling(count / 8.0));
            return Enumerable.Range(0, count).Where(i => i % step == 0).Select(i => new ChartTick(X(i), Points[i].Period));
        }
    }

    public static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    public double X(int index) => count <= 1 ? (Left + PlotRight) / 2 : Left + ((PlotRight - Left) * index / (count - 1));

    public double Y(double value) => Top + ((PlotBottom - Top) * (max - value) / (max - min));

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

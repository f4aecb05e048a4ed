using System.Globalization;

namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Orders and matches period labels the way the office's charts do: as ISO dates if all are
/// dates, else as numbers if all are numbers, else as text. Two labels are the same period when
/// they compare equal, so "2024-04" and "2024-04-01" are one month.
/// </summary>
public sealed class PeriodComparer : IComparer<string>
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM"];

    private PeriodComparer(PeriodKind kind) => Kind = kind;

    /// <summary>How the labels are read.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The comparer that fits every label in <paramref name="periods"/>.</summary>
    public static PeriodComparer For(IEnumerable<string> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods as IReadOnlyCollection<string> ?? [.. periods];
        var kind = list.All(p => TryDate(p, out _)) ? PeriodKind.IsoDate
            : list.All(p => TryNumber(p, out _)) ? PeriodKind.Number
            : PeriodKind.Text;
        return new PeriodComparer(kind);
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return Kind switch
        {
            PeriodKind.IsoDate when TryDate(x, out var a) && TryDate(y, out var b) => a.CompareTo(b),
            PeriodKind.Number when TryNumber(x, out var a) && TryNumber(y, out var b) => a.CompareTo(b),
            _ => string.CompareOrdinal(x, y),
        };
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
}

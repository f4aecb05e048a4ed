using System.Globalization;

namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Orders and matches period labels the way the office's charts do: as ISO dates if all are
/// dates, else as numbers if all are numbers, else as text. Two labels are the same period when
/// they compare equal, so "2024-04" and "2024-04-01" are one month.
/// </summary>
public sealed class PeriodComparer : IComparer<string>
{
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

    /// <summary>
    /// A number that orders the label as <see cref="Compare"/> does, so a series can be sorted
    /// without parsing each label again at every comparison: the day number of a date or the
    /// number itself. Text labels have no numeric key (NaN) and are ordered by ordinal comparison.
    /// </summary>
    public double SortKey(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Kind switch
        {
            PeriodKind.IsoDate when TryDate(period, out var d) => d.DayNumber,
            PeriodKind.Number when TryNumber(period, out var n) => n,
            _ => double.NaN,
        };
    }

    // Hand-parsed: the framework's exact-format parser costs far more than the rest of judging a series.
    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        var s = text.AsSpan().Trim();
        if ((s.Length != 7 && s.Length != 10) || s[4] != '-' || (s.Length == 10 && s[7] != '-'))
        {
            return false;
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || month is < 1 or > 12 || year < 1)
        {
            return false;
        }

        var day = 1;
        if (s.Length == 10 && (!TryDigits(s.Slice(8, 2), out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
}

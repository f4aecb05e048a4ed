using System.Globalization;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Performance.Periods;

/// <summary>
/// The stretch of time one value of a measure covers: a calendar month ("2024-05"), a quarter of the UK financial
/// year ("2024-25 Q3", where Q1 is April to June) or a financial year ("2024-25", April to March).
/// </summary>
public sealed record ReportingPeriod
{
    private ReportingPeriod(MeasureFrequency frequency, string text, DateOnly start)
    {
        Frequency = frequency;
        Text = text;
        Start = start;
    }

    /// <summary>Whether this is a month, a quarter or a financial year.</summary>
    public MeasureFrequency Frequency { get; }

    /// <summary>The canonical way to write the period: 2024-05, 2024-25 Q3 or 2024-25.</summary>
    public string Text { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Start.AddMonths(Months(Frequency)).AddDays(-1);

    /// <summary>
    /// The months the period covers, as people write them: "May 2024", "April to June 2025", "April 2024 to March 2025".
    /// Shown beside a quarter someone typed, since "Q1 2025" can be read as January to March as well.
    /// </summary>
    public string MonthsInWords => Frequency == MeasureFrequency.Monthly
        ? Start.ToString("MMMM yyyy", English)
        : Start.Year == End.Year
            ? $"{Start.ToString("MMMM", English)} to {End.ToString("MMMM yyyy", English)}"
            : $"{Start.ToString("MMMM yyyy", English)} to {End.ToString("MMMM yyyy", English)}";

    private static CultureInfo English => CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The calendar month starting on the first of <paramref name="month"/> in <paramref name="year"/>.</summary>
    public static ReportingPeriod Month(int year, int month) =>
        new(MeasureFrequency.Monthly, Invariant($"{year:D4}-{month:D2}"), new DateOnly(year, month, 1));

    /// <summary>Quarter 1 to 4 of the financial year that starts in April of <paramref name="firstYear"/>.</summary>
    public static ReportingPeriod Quarter(int firstYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(MeasureFrequency.Quarterly, Invariant($"{Domain.FinancialYear.Name(firstYear)} Q{quarter}"),
            Domain.FinancialYear.Start(firstYear).AddMonths(3 * (quarter - 1)));
    }

    /// <summary>The financial year from 1 April of <paramref name="firstYear"/> to 31 March of the next.</summary>
    public static ReportingPeriod FinancialYear(int firstYear) =>
        new(MeasureFrequency.Annual, Domain.FinancialYear.Name(firstYear), Domain.FinancialYear.Start(firstYear));

    /// <summary>The period of the given frequency that contains <paramref name="day"/>.</summary>
    public static ReportingPeriod Containing(DateOnly day, MeasureFrequency frequency)
    {
        var firstYear = Domain.FinancialYear.StartYearOf(day);
        return frequency switch
        {
            MeasureFrequency.Monthly => Month(day.Year, day.Month),
            MeasureFrequency.Quarterly => Quarter(firstYear, ((day.Month + 8) % 12 / 3) + 1),
            _ => FinancialYear(firstYear),
        };
    }

    /// <summary>The period of the same frequency just before this one.</summary>
    public ReportingPeriod Previous() => Containing(Start.AddDays(-1), Frequency);

    /// <summary>The period of the same frequency just after this one.</summary>
    public ReportingPeriod Next() => Containing(End.AddDays(1), Frequency);

    /// <inheritdoc />
    public override string ToString() => Text;

    internal static int Months(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => 1,
        MeasureFrequency.Quarterly => 3,
        _ => 12,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

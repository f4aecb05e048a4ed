using System.Globalization;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Performance.Values;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Submissions;

/// Checks rows of values for one measure: the period fits its frequency and has started, the area is known,
/// the numbers are numbers that fit its unit, and no period and area appears twice.
public sealed class RowValidator(Measure measure, IReadOnlyList<string> areas, DateOnly today)
{
    public const int NotesLength = 1000;

    public (IReadOnlyList<SubmittedRow> Rows, IReadOnlyList<RowError> Errors) ValidateAll(IEnumerable<RawRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var valid = new List<SubmittedRow>();
        var errors = new List<RowError>();
        var seen = new Dictionary<(DateOnly, string), int>();
        foreach (var raw in rows)
        {
            var (row, rowErrors) = Validate(raw);
            errors.AddRange(rowErrors);
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue((row.PeriodStart, row.Area), out var first))
            {
                errors.Add(new(row.Line, UploadColumns.Period,
                    string.Create(CultureInfo.InvariantCulture, $"Enter each period and area once: {row.Period} {row.Area} is also on line {first}")));
                continue;
            }

            seen.Add((row.PeriodStart, row.Area), row.Line);
            valid.Add(row);
        }

        return (valid, errors);
    }

    public (SubmittedRow? Row, IReadOnlyList<RowError> Errors) Validate(RawRow raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var errors = new List<RowError>();
        void Fail(string field, string message) => errors.Add(new(raw.Line, field, message));

        var period = Period(raw.Period, Fail);
        var area = Area(raw.Area, Fail);
        var value = Number(raw.Value, UploadColumns.Value, "Enter a value", "Enter the value as a number, like 42 or 12.5", Fail);
        var numerator = Number(raw.Numerator, UploadColumns.Numerator, null, "Enter the numerator as a number, like 42", Fail);
        var denominator = Number(raw.Denominator, UploadColumns.Denominator, null, "Enter the denominator as a number, like 1200", Fail);
        if (raw.Notes?.Length > NotesLength)
        {
            Fail(UploadColumns.Notes, "Enter notes of 1,000 characters or fewer");
        }

        if (errors.Count == 0)
        {
            foreach (var problem in MeasureValueRules.Check(measure.Unit, value!.Value, numerator, denominator))
            {
                Fail(problem.Field, problem.Message);
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new SubmittedRow(raw.Line, period!.Text, period.Start, area!, value!.Value, numerator, denominator, raw.Notes), errors);
    }

    private ReportingPeriod? Period(string? text, Action<string, string> fail)
    {
        if (!ReportingPeriodParser.TryParse(text, measure.Frequency, out var period, out var error))
        {
            fail(UploadColumns.Period, error);
            return null;
        }

        if (period.Start > today)
        {
            fail(UploadColumns.Period, $"Enter a period that has started; {period.Text} has not");
            return null;
        }

        return period;
    }

    private string? Area(string? text, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            fail(UploadColumns.Area, "Enter an area");
            return null;
        }

        var area = areas.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (area is null)
        {
            fail(UploadColumns.Area, $"Enter an area that is one of: {string.Join(", ", areas)}");
        }

        return area;
    }

    private static double? Number(string? text, string field, string? missing, string malformed, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (missing is not null)
            {
                fail(field, missing);
            }

            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            fail(field, malformed);
            return null;
        }

        return number;
    }
}

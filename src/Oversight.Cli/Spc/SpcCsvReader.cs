using System.Globalization;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Cli.Spc;

/// Reads a `period,value` CSV (other columns ignored, any order, header names in any case).
/// Pure: it takes the file's text, so every bad-input case can be tested without a file.
public static class SpcCsvReader
{
    public static IReadOnlyList<SpcObservation> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = CsvRows.Split(text.TrimStart('\uFEFF'));
        if (rows.Count == 0 || rows[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new SpcInputException("the file is empty");
        }

        var header = rows[0].Fields.Select(f => f.Trim()).ToList();
        var period = Column(header, "period");
        var value = Column(header, "value");
        var observations = rows.Skip(1).Where(r => !r.IsBlank).Select(r => Observation(r, period, value)).ToList();
        if (observations.Count == 0)
        {
            throw new SpcInputException("the file has a header but no data rows");
        }

        CheckDuplicates(observations, rows.Skip(1).Where(r => !r.IsBlank).Select(r => r.Number).ToList());
        return observations;
    }

    private static int Column(List<string> header, string name)
    {
        var index = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new SpcInputException($"row 1: the header has no '{name}' column");
    }

    private static SpcObservation Observation(CsvRow row, int period, int value)
    {
        var p = period < row.Fields.Count ? row.Fields[period].Trim() : "";
        var v = value < row.Fields.Count ? row.Fields[value].Trim() : "";
        if (p.Length == 0)
        {
            throw new SpcInputException($"row {row.Number}: the period is blank");
        }

        if (v.Length == 0)
        {
            throw new SpcInputException($"row {row.Number}: the value for period '{p}' is blank");
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? new SpcObservation(p, number)
            : throw new SpcInputException($"row {row.Number}: the value '{v}' for period '{p}' is not a number");
    }

    // Periods are the same when they sort equal, so "2024-04" and "2024-04-01" clash.
    private static void CheckDuplicates(List<SpcObservation> observations, List<int> rowNumbers)
    {
        var comparer = PeriodComparer.For(observations.Select(o => o.Period));
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            var key = comparer.Kind == PeriodKind.Text
                ? observations[i].Period
                : comparer.SortKey(observations[i].Period).ToString("R", CultureInfo.InvariantCulture);
            if (!firstRow.TryAdd(key, rowNumbers[i]))
            {
                throw new SpcInputException($"row {rowNumbers[i]}: period '{observations[i].Period}' repeats row {firstRow[key]}");
            }
        }
    }
}

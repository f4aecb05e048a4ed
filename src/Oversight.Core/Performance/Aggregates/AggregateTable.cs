using Oversight.Core.Performance.PoliceData;
using Oversight.Domain.Performance.PoliceData;

namespace Oversight.Core.Performance.Aggregates;

public enum AggregateShape
{
    StreetCrimeByType,
    StopSearchTotal,
    StopSearchByEthnicity,
}

/// Monthly counts already aggregated by small area (MSOA), summed to the area being imported. Sparse sources
/// omit zero rows, so every month in the range and every category is filled with zero when absent.
public sealed class AggregateTable
{
    private readonly SortedDictionary<string, Dictionary<string, int>> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Msoa, string Group), int> populations = [];

    public AggregateShape Shape { get; init; }

    public IEnumerable<string> Months => counts.Keys;

    public void Add(string month, string key, int count)
    {
        if (!counts.TryGetValue(month, out var byKey))
        {
            counts[month] = byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        byKey[key] = byKey.GetValueOrDefault(key) + count;
    }

    public void NotePopulation(string msoa, string group, int population) => populations[(msoa, group)] = population;

    public int Count(string month, string key) => counts.TryGetValue(month, out var byKey) ? byKey.GetValueOrDefault(key) : 0;

    public IReadOnlyDictionary<string, int> PopulationByGroup() =>
        populations.GroupBy(p => p.Key.Group).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);

    /// Moves counts dated before the first month into it. police.uk dates searches in UTC, so a few searches
    /// just after midnight on the 1st in summer land in the month before a series starts.
    public void FoldInto(string firstMonth)
    {
        foreach (var early in counts.Keys.Where(m => string.CompareOrdinal(m, firstMonth) < 0).ToList())
        {
            foreach (var (key, count) in counts[early])
            {
                Add(firstMonth, key, count);
            }

            counts.Remove(early);
        }
    }

    /// Every month from the first to the last, including months the source has no rows for.
    public void ZeroFillMonths()
    {
        if (counts.Count == 0)
        {
            return;
        }

        var month = DateOnly.ParseExact(counts.Keys.First() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var last = counts.Keys.Last();
        for (var text = counts.Keys.First(); string.CompareOrdinal(text, last) <= 0; month = month.AddMonths(1), text = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
        {
            counts.TryAdd(text, new Dictionary<string, int>(StringComparer.Ordinal));
        }
    }

    public StopSearchTally Tally(string month)
    {
        var tally = new StopSearchTally();
        if (counts.TryGetValue(month, out var byKey))
        {
            foreach (var (key, count) in byKey)
            {
                tally.AddCounted(count, Shape == AggregateShape.StopSearchByEthnicity ? key : null);
            }
        }

        return tally;
    }

    public static AggregateShape? Recognise(IReadOnlyList<string> header) => header.Take(4).ToArray() switch
    {
        ["month", "msoa_name", "crime_type", "crime_count"] => AggregateShape.StreetCrimeByType,
        ["month", "msoa_name", "ethnicity", "search_count"] when header.Count > 4 && header[4] == "census_population" => AggregateShape.StopSearchByEthnicity,
        ["month", "msoa_name", "search_count", ..] => AggregateShape.StopSearchTotal,
        _ => null,
    };

    public static ImportProblem? Problem(string file, int line, string[] fields, int columns) =>
        fields.Length != columns ? new ImportProblem(file, line, null, $"expected {columns} fields, found {fields.Length}") : null;
}

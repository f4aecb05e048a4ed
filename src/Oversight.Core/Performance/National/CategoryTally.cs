using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Performance.National;

/// Counts one file's records by category (crime type, outcome type or search outcome) as they are read, without
/// making a string of each row's field: the map is looked up by the field's characters in the reader's buffer.
public sealed class CategoryTally(PoliceFileKind kind)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    /// The column that holds a file's category.
    public int Column { get; } = kind switch
    {
        PoliceFileKind.Street => Array.IndexOf(PoliceFileFormat.Street, "Crime type"),
        PoliceFileKind.Outcomes => Array.IndexOf(PoliceFileFormat.Outcomes, "Outcome type"),
        _ => Array.IndexOf(PoliceFileFormat.StopAndSearch, "Outcome"),
    };

    public IReadOnlyDictionary<string, int> Counts => counts;

    /// Counts the reader's current row. A blank category (stop and search with no recorded outcome) counts as "Not recorded".
    public void Add(PoliceCsvReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var category = row[Column].Trim();
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (category.IsEmpty)
        {
            category = "Not recorded";
        }

        if (lookup.TryGetValue(category, out var count))
        {
            lookup[category] = count + 1;
        }
        else
        {
            counts[category.ToString()] = 1;
        }
    }

    public IEnumerable<NationalCount> ToCounts(string force, string month) =>
        counts.Select(c => new NationalCount { Force = force, Kind = kind, Month = month, Category = c.Key, Count = c.Value });
}

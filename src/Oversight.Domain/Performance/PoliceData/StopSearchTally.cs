namespace Oversight.Domain.Performance.PoliceData;

/// <summary>Counts of searches in one area and month, from which the stop-and-search measures are worked out.</summary>
public sealed class StopSearchTally
{
    private readonly Dictionary<string, int> byGroup = new(StringComparer.Ordinal);

    /// <summary>All searches.</summary>
    public int Searches { get; private set; }

    /// <summary>Searches ending in arrest.</summary>
    public int Arrests { get; private set; }

    /// <summary>Searches with a recorded outcome other than no further action.</summary>
    public int PositiveOutcomes { get; private set; }

    /// <summary>Searches whose outcome was linked to the object of the search.</summary>
    public int Finds { get; private set; }

    /// <summary>Searches of people in a broad ethnic group.</summary>
    public int InGroup(string group) => byGroup.GetValueOrDefault(group);

    /// <summary>Adds one search.</summary>
    public void Add(string? outcome, bool? linkedToObject, string? ethnicGroup, StopSearchMeasures rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Searches++;
        if (outcome is not null && rules.ArrestOutcomes.Contains(outcome))
        {
            Arrests++;
        }

        if (!string.IsNullOrEmpty(outcome) && !rules.NoActionOutcomes.Contains(outcome))
        {
            PositiveOutcomes++;
        }

        if (linkedToObject == true)
        {
            Finds++;
        }

        if (ethnicGroup is not null)
        {
            byGroup[ethnicGroup] = byGroup.GetValueOrDefault(ethnicGroup) + 1;
        }
    }

    /// <summary>Adds searches already counted elsewhere, for aggregated sources.</summary>
    public void AddCounted(int searches, string? ethnicGroup)
    {
        if (ethnicGroup is null)
        {
            Searches += searches;
        }
        else
        {
            byGroup[ethnicGroup] = byGroup.GetValueOrDefault(ethnicGroup) + searches;
        }
    }

    /// <summary>
    /// How many times more often the comparison group is searched than the baseline group, per resident; null
    /// when either population is unknown or the baseline had no searches (the ratio is undefined, not zero).
    /// </summary>
    public double? Disproportionality(string comparison, string baseline, IReadOnlyDictionary<string, int> population)
    {
        ArgumentNullException.ThrowIfNull(population);
        if (!population.TryGetValue(comparison, out var comparisonPopulation) || !population.TryGetValue(baseline, out var baselinePopulation)
            || comparisonPopulation == 0 || baselinePopulation == 0 || InGroup(baseline) == 0)
        {
            return null;
        }

        var comparisonRate = (double)InGroup(comparison) / comparisonPopulation;
        var baselineRate = (double)InGroup(baseline) / baselinePopulation;
        return comparisonRate / baselineRate;
    }
}

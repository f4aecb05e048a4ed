namespace Oversight.Domain.Engagement;

/// <summary>
/// Agreement between two coders beyond what chance would give (Cohen 1960):
/// κ = (p_o − p_e) / (1 − p_e), where p_o is the share of items they code alike and p_e the share expected by
/// chance from each coder's own category totals.
/// </summary>
public static class CohensKappa
{
    /// <summary>κ for two coders' categories of the same items, in the same order.</summary>
    public static KappaResult Of<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException("Both coders must code the same items.", nameof(second));
        }

        var n = first.Count;
        if (n == 0)
        {
            return new KappaResult(0, 0, 0, null);
        }

        var agreed = first.Zip(second).Count(pair => EqualityComparer<T>.Default.Equals(pair.First, pair.Second));
        var firstTotals = first.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var secondTotals = second.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var expected = firstTotals.Sum(t => (double)t.Value * secondTotals.GetValueOrDefault(t.Key)) / ((double)n * n);
        var observed = (double)agreed / n;
        // Both coders put everything in one category: agreement is perfect but κ is undefined.
        double? kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
        return new KappaResult(n, observed, expected, kappa);
    }

    /// <summary>
    /// κ for each theme of a multi-label codebook: every answer is a yes/no item per theme (did the coder tag it
    /// with the theme?), so each theme gets its own 2×2 agreement.
    /// </summary>
    public static IReadOnlyDictionary<string, KappaResult> PerTheme(
        IEnumerable<string> themes,
        IReadOnlyList<IReadOnlySet<string>> first,
        IReadOnlyList<IReadOnlySet<string>> second)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return themes.ToDictionary(
            theme => theme,
            theme => Of(first.Select(s => s.Contains(theme)).ToList(), second.Select(s => s.Contains(theme)).ToList()),
            StringComparer.Ordinal);
    }
}

/// <summary>The outcome of comparing two coders.</summary>
/// <param name="Items">Items both coded.</param>
/// <param name="Observed">Share coded alike (p_o).</param>
/// <param name="Expected">Share expected alike by chance (p_e).</param>
/// <param name="Kappa">Cohen's κ; null when chance agreement is already total, so κ is undefined.</param>
public sealed record KappaResult(int Items, double Observed, double Expected, double? Kappa);

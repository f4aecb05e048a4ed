namespace Oversight.Domain.Engagement;

/// <summary>
/// Withholds counts too small to publish. A breakdown row (one district's answers, say) shows its base, so
/// withholding one cell alone is no protection: the base minus the other cells gives it back. The row therefore
/// also withholds the next smallest cells until at least two are withheld and together they hold at least the
/// threshold, so neither a single cell nor the pair's sum gives away a small number.
/// </summary>
public static class SmallCells
{
    /// <summary>The fewest respondents a published cell may have.</summary>
    public const int Threshold = 10;

    /// <summary>Which cells of one row to withhold: every cell under the threshold, and its complements.</summary>
    /// <param name="counts">The row's cells; their sum is the row's base, assumed to be shown.</param>
    /// <param name="threshold">The fewest respondents a shown cell may have.</param>
    /// <param name="zerosAreSmall">Whether an empty cell is withheld too; a published summary may show that nobody
    /// gave an answer, a breakdown of small groups should not.</param>
    public static IReadOnlyList<bool> Withheld(IReadOnlyList<int> counts, int threshold = Threshold, bool zerosAreSmall = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var withheld = counts.Select(c => c < threshold && (zerosAreSmall || c > 0)).ToArray();
        if (counts.Sum() < threshold)
        {
            return [.. counts.Select(_ => true)];
        }

        while (NeedsComplement(counts, withheld, threshold))
        {
            // An empty cell is no cover: the base minus the rest still gives the withheld number back.
            var next = Enumerable.Range(0, counts.Count).Where(i => !withheld[i] && counts[i] > 0).OrderBy(i => counts[i]).FirstOrDefault(-1);
            if (next < 0)
            {
                break;
            }

            withheld[next] = true;
        }

        return withheld;
    }

    /// <summary>Whether a row's base is itself too small to show any of its cells.</summary>
    public static bool IsBaseTooSmall(int rowBase, int threshold = Threshold) => rowBase < threshold;

    private static bool NeedsComplement(IReadOnlyList<int> counts, bool[] withheld, int threshold)
    {
        var hidden = Enumerable.Range(0, counts.Count).Where(i => withheld[i]).ToList();
        if (hidden.Count == 0 || hidden.Count == counts.Count)
        {
            return false;
        }

        return hidden.Count == 1 || hidden.Sum(i => counts[i]) < threshold;
    }
}

namespace Oversight.Domain.Funding;

/// <summary>One instalment of a grant.</summary>
/// <param name="Number">Its order, from 1.</param>
/// <param name="Amount">The money it pays.</param>
/// <param name="Milestone">What must be signed off before it is paid, if anything.</param>
/// <param name="MilestoneSignedOff">Whether that milestone has been signed off.</param>
/// <param name="Released">Whether it has been paid.</param>
public sealed record Tranche(int Number, decimal Amount, string? Milestone, bool MilestoneSignedOff, bool Released);

/// <summary>When an instalment may be paid, and how a grant splits into instalments.</summary>
public static class TrancheRelease
{
    /// <summary>Why the tranche cannot be paid yet, or null if it can.</summary>
    public static string? Blocker(Tranche tranche, IReadOnlyList<Tranche> schedule, bool agreementAccepted)
    {
        ArgumentNullException.ThrowIfNull(tranche);
        ArgumentNullException.ThrowIfNull(schedule);
        if (tranche.Released)
        {
            return $"Tranche {tranche.Number} has already been paid";
        }

        if (!agreementAccepted)
        {
            return "The grant agreement has not been accepted yet";
        }

        if (schedule.Any(t => t.Number < tranche.Number && !t.Released))
        {
            return $"Pay the earlier tranches before tranche {tranche.Number}";
        }

        if (tranche.Milestone is not null && !tranche.MilestoneSignedOff)
        {
            return $"Tranche {tranche.Number} is blocked until the milestone \"{tranche.Milestone}\" is signed off";
        }

        return null;
    }

    /// <summary>Splits an award by percentage shares; pennies lost to rounding go to the last instalment.</summary>
    public static IReadOnlyList<decimal> Split(decimal amount, IReadOnlyList<int> percentages)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        if (percentages.Count == 0 || percentages.Sum() != 100 || percentages.Any(p => p <= 0))
        {
            throw new ArgumentException("Shares must be positive and add up to 100", nameof(percentages));
        }

        var parts = percentages.Select(p => Math.Round(amount * p / 100m, 2, MidpointRounding.ToZero)).ToList();
        parts[^1] += amount - parts.Sum();
        return parts;
    }
}

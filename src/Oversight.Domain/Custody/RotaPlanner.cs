namespace Oversight.Domain.Custody;

/// <summary>One planned, unannounced visit by a pair of visitors.</summary>
/// <param name="SuiteId">The custody suite.</param>
/// <param name="Day">The day of the visit.</param>
/// <param name="Time">The time the pair should arrive.</param>
/// <param name="First">One visitor of the pair.</param>
/// <param name="Second">The other visitor of the pair.</param>
public sealed record PlannedVisit(string SuiteId, DateOnly Day, TimeOnly Time, string First, string Second);

/// <summary>A suite and how many visits a month it should have.</summary>
/// <param name="SuiteId">The custody suite.</param>
/// <param name="VisitsPerMonth">The visit-frequency target.</param>
public sealed record SuiteTarget(string SuiteId, int VisitsPerMonth);

/// <summary>
/// Plans a month's visits: each suite gets its target number, on different days at varying times between 07:00
/// and 22:00, and visitors are paired at random so that no pair is fixed and no suite can predict a visit.
/// </summary>
public static class RotaPlanner
{
    private static readonly TimeOnly[] Times = [.. Enumerable.Range(7, 16).Select(h => new TimeOnly(h, 0))];

    /// <summary>The planned visits for the month starting on <paramref name="monthStart"/>.</summary>
    public static IReadOnlyList<PlannedVisit> Plan(
        IReadOnlyList<string> visitors, IReadOnlyList<SuiteTarget> suites, DateOnly monthStart, Random random)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(random);
        if (visitors.Count < 2)
        {
            throw new ArgumentException("A rota needs at least two active visitors, since visits are made in pairs", nameof(visitors));
        }

        var days = DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
        var planned = new List<PlannedVisit>();
        var pairsUsed = new HashSet<(string, string)>();
        foreach (var suite in suites)
        {
            var suiteDays = Enumerable.Range(0, days).OrderBy(_ => random.Next()).Take(Math.Min(suite.VisitsPerMonth, days)).Order();
            foreach (var offset in suiteDays)
            {
                var (first, second) = Pair(visitors, pairsUsed, random);
                planned.Add(new PlannedVisit(suite.SuiteId, monthStart.AddDays(offset), Times[random.Next(Times.Length)], first, second));
            }
        }

        return [.. planned.OrderBy(p => p.Day).ThenBy(p => p.Time)];
    }

    private static (string, string) Pair(IReadOnlyList<string> visitors, HashSet<(string, string)> used, Random random)
    {
        // Try a few random pairs for one not used yet this month; with few visitors repeats are unavoidable.
        (string, string) pair = default;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var a = random.Next(visitors.Count);
            var b = random.Next(visitors.Count - 1);
            b = b >= a ? b + 1 : b;
            pair = string.CompareOrdinal(visitors[a], visitors[b]) < 0 ? (visitors[a], visitors[b]) : (visitors[b], visitors[a]);
            if (used.Add(pair))
            {
                break;
            }
        }

        return pair;
    }
}

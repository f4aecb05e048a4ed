using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Performance.Returns;

/// <summary>Where a return stands on a day.</summary>
public enum ReturnStatus
{
    /// <summary>Every value the return carries is in.</summary>
    Received,

    /// <summary>The period has ended and the due day has not passed.</summary>
    Due,

    /// <summary>The due day has passed and a value is still missing.</summary>
    Overdue,
}

/// <summary>One return of one dataset: the period it covers, when it is due and which measures' values are missing.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Period">The return's period, in the dataset's frequency.</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="RemindOn">The day its owner is reminded.</param>
/// <param name="Missing">Measures whose value for the period (their own period ending with the return's) is not in.</param>
/// <param name="Status">Received, due or overdue.</param>
public sealed record DatasetReturn(Dataset Dataset, ReportingPeriod Period, DateOnly DueOn, DateOnly RemindOn, IReadOnlyList<string> Missing, ReturnStatus Status);

/// <summary>Works out a dataset's returns from its return rule and which values are in.</summary>
public static class ReturnCalendar
{
    /// <summary>
    /// Every return of <paramref name="dataset"/> whose period ends on or after <paramref name="from"/> and before
    /// <paramref name="today"/>, oldest first. <paramref name="received"/> says whether a measure has a value for the
    /// period starting on a day.
    /// </summary>
    public static IReadOnlyList<DatasetReturn> Returns(
        PoliceAndCrimePlan plan, Dataset dataset, DateOnly from, DateOnly today, Func<string, DateOnly, bool> received)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(received);
        var measures = dataset.Measures.Select(id => plan.FindMeasure(id)).OfType<Measure>().ToList();
        var returns = new List<DatasetReturn>();
        for (var period = ReportingPeriod.Containing(from, dataset.Return.Frequency); period.End < today; period = period.Next())
        {
            var missing = measures
                .Select(m => (m.Id, Period: ReportingPeriod.Containing(period.End, m.Frequency)))
                .Where(m => m.Period.End == period.End && !received(m.Id, m.Period.Start))
                .Select(m => m.Id)
                .ToList();
            var due = dataset.Return.DueOn(period.End);
            var status = missing.Count == 0 ? ReturnStatus.Received : today <= due ? ReturnStatus.Due : ReturnStatus.Overdue;
            returns.Add(new DatasetReturn(dataset, period, due, dataset.Return.RemindOn(due), missing, status));
        }

        return returns;
    }
}

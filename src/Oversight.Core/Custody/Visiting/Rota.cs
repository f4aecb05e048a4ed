using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Custody;

namespace Oversight.Core.Custody.Visiting;

public sealed record RotaLine(DateOnly Day, TimeOnly Time, string Suite, string Pair);

public sealed record SuiteCoverage(string SuiteId, string Suite, int Target, int Planned, int Made)
{
    public bool MetTarget => Made >= Target;
}

/// The monthly rota of unannounced visits and each suite's coverage against its target.
public sealed class Rota(OversightDbContext db)
{
    /// Plans the month afresh (replacing any earlier plan for it) with active visitors paired at random.
    public async Task<IReadOnlyList<FieldError>> PlanAsync(DateOnly monthStart, int seed, CancellationToken cancellationToken)
    {
        var visitors = await db.CustodyVisitors
            .Where(v => v.Active && (v.Stage == VisitorStage.Probation || v.Stage == VisitorStage.Appointed))
            .Select(v => v.Id).ToListAsync(cancellationToken);
        if (visitors.Count < 2)
        {
            return [new("Month", "There must be at least two active visitors to plan a rota, since visits are made in pairs")];
        }

        var suites = await db.CustodySuites.OrderBy(s => s.Id).Select(s => new SuiteTarget(s.Id, s.VisitsPerMonthTarget)).ToListAsync(cancellationToken);
        var plan = RotaPlanner.Plan([.. visitors.Select(v => v.ToString())], suites, monthStart, new Random(seed));
        var next = monthStart.AddMonths(1);
        db.RotaEntries.RemoveRange(await db.RotaEntries.Where(r => r.Day >= monthStart && r.Day < next).ToListAsync(cancellationToken));
        db.RotaEntries.AddRange(plan.Select(p => new RotaEntry
        {
            SuiteId = p.SuiteId,
            Day = p.Day,
            Time = p.Time,
            FirstVisitorId = Guid.Parse(p.First),
            SecondVisitorId = Guid.Parse(p.Second),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public Task<List<RotaLine>> ForMonthAsync(DateOnly monthStart, CancellationToken cancellationToken)
    {
        var next = monthStart.AddMonths(1);
        return (from r in db.RotaEntries
                where r.Day >= monthStart && r.Day < next
                join s in db.CustodySuites on r.SuiteId equals s.Id
                join a in db.CustodyVisitors on r.FirstVisitorId equals a.Id
                join b in db.CustodyVisitors on r.SecondVisitorId equals b.Id
                orderby r.Day, r.Time, s.Name
                select new RotaLine(r.Day, r.Time, s.Name, a.Name + " and " + b.Name)).ToListAsync(cancellationToken);
    }

    /// For each suite: visits planned and visits reported in the month, against its target.
    public async Task<List<SuiteCoverage>> CoverageAsync(DateOnly monthStart, CancellationToken cancellationToken)
    {
        var next = monthStart.AddMonths(1);
        return await db.CustodySuites.OrderBy(s => s.Name).Select(s => new SuiteCoverage(
                s.Id, s.Name, s.VisitsPerMonthTarget,
                db.RotaEntries.Count(r => r.SuiteId == s.Id && r.Day >= monthStart && r.Day < next),
                db.CustodyVisits.Count(v => v.SuiteId == s.Id && v.Status == VisitStatus.Submitted && v.VisitDate >= monthStart && v.VisitDate < next)))
            .ToListAsync(cancellationToken);
    }
}

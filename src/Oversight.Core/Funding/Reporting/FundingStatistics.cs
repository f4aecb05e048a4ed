using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;

namespace Oversight.Core.Funding.Reporting;

/// One funded project as the reports count it: the awarded amount, the people the bid expected to reach, and the
/// people its latest monitoring return says it has reached so far (0 before any return).
public sealed record FundedProject(
    int Round, string FinancialYear, string District, decimal Amount, int PeopleExpected, int PeopleReached,
    IReadOnlyList<string> Priorities, IReadOnlyList<string> Themes, IReadOnlyList<string> Focuses);

public sealed record FundingTotal(string Key, string Label, int Projects, decimal Amount, int PeopleExpected, int PeopleReached);

/// The fund's totals for a year (or all years), broken down every way the annual report needs.
public sealed record FundingReport(
    string? FinancialYear,
    FundingTotal Total,
    IReadOnlyList<FundingTotal> ByYear,
    IReadOnlyList<FundingTotal> ByRound,
    IReadOnlyList<FundingTotal> ByDistrict,
    IReadOnlyList<FundingTotal> ByPriority,
    IReadOnlyList<FundingTotal> ByTheme,
    IReadOnlyList<FundingTotal> ByFocus,
    FundingTotal SinceStart)
{
    public FundingTotal Theme(string code) => Find(ByTheme, code);

    public FundingTotal Focus(string code) => Find(ByFocus, code);

    public FundingTotal Round(int number) => Find(ByRound, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static FundingTotal Find(IReadOnlyList<FundingTotal> totals, string key) =>
        totals.FirstOrDefault(t => t.Key == key) ?? new FundingTotal(key, key, 0, 0, 0, 0);
}

/// Counts awarded projects. A project with several themes counts once under each, so theme rows overlap.
public sealed class FundingStatistics(OversightDbContext db)
{
    public async Task<List<FundedProject>> ProjectsAsync(CancellationToken cancellationToken)
    {
        // N.B. summed in memory: SQLite cannot add up decimals in SQL, and there are hundreds of rows, not millions.
        var rows = await db.FundingApplications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.ApprovedReduced)
            .Select(a => new { a.Id, a.Round!.Number, a.Round.FinancialYear, a.District, a.AwardedAmount, a.Amount, a.PeopleExpected, a.PriorityCodes, a.ThemeCodes, a.FocusCodes })
            .ToListAsync(cancellationToken);
        var reached = await ReachedAsync(cancellationToken);
        return rows.Select(r => new FundedProject(
            r.Number, r.FinancialYear, r.District, r.AwardedAmount ?? r.Amount, r.PeopleExpected, reached.GetValueOrDefault(r.Id),
            r.PriorityCodes, r.ThemeCodes, r.FocusCodes)).ToList();
    }

    // A return asks for the people reached so far, so the latest one received holds the project's running total.
    private async Task<Dictionary<Guid, int>> ReachedAsync(CancellationToken cancellationToken)
    {
        var returns = await db.MonitoringReturns.AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.PeopleReached != null)
            .Join(db.Grants, r => r.GrantId, g => g.Id, (r, g) => new { g.ApplicationId, r.DueOn, People = r.PeopleReached!.Value })
            .ToListAsync(cancellationToken);
        return returns.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.DueOn)!.People);
    }

    public async Task<FundingReport> ReportAsync(string? financialYear, CancellationToken cancellationToken)
    {
        var all = await ProjectsAsync(cancellationToken);
        var names = await db.FundingRounds.AsNoTracking().SelectMany(r => r.Options).Select(o => new { o.Code, o.Name }).ToListAsync(cancellationToken);
        var label = names.GroupBy(n => n.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var chosen = financialYear is null ? all : all.Where(p => p.FinancialYear == financialYear).ToList();
        return new FundingReport(
            financialYear,
            Sum("total", financialYear ?? "All years", chosen),
            By(all, p => [p.FinancialYear], k => k),
            By(chosen, p => [p.Round.ToString(System.Globalization.CultureInfo.InvariantCulture)], k => "Round " + k, numeric: true),
            By(chosen, p => [p.District], k => k),
            By(chosen, p => p.Priorities, k => label.GetValueOrDefault(k, k)),
            By(chosen, p => p.Themes, k => label.GetValueOrDefault(k, k)),
            By(chosen, p => p.Focuses, k => label.GetValueOrDefault(k, k)),
            Sum("since-start", "Since the fund began", all));
    }

    private static List<FundingTotal> By(IEnumerable<FundedProject> projects, Func<FundedProject, IEnumerable<string>> keys, Func<string, string> label, bool numeric = false)
    {
        var groups = projects.SelectMany(p => keys(p).Distinct().Select(k => (Key: k, Project: p))).GroupBy(x => x.Key);
        var totals = groups.Select(g => Sum(g.Key, label(g.Key), g.Select(x => x.Project)));
        return numeric
            ? totals.OrderBy(t => int.Parse(t.Key, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : totals.OrderBy(t => t.Label, StringComparer.Ordinal).ToList();
    }

    private static FundingTotal Sum(string key, string label, IEnumerable<FundedProject> projects)
    {
        var list = projects.ToList();
        return new FundingTotal(key, label, list.Count, list.Sum(p => p.Amount), list.Sum(p => p.PeopleExpected), list.Sum(p => p.PeopleReached));
    }
}

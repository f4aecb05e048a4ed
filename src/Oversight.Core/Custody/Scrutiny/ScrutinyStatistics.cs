using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Scrutiny;

/// One panel's year: meetings, cases and how they were judged, recommendations and the force's answers.
public sealed record PanelYear(
    string Name, string Remit, bool BlindToEthnicity, int Members, int Meetings, int MinutesPublished, int Cases,
    IReadOnlyDictionary<CaseAssessment, int> Assessments, int RecommendationsMade, int RecommendationsAnswered, int RecommendationsOpen,
    IReadOnlyList<EthnicityAssessments> ByEthnicity);

public sealed record StripSearchYear(int Searches, int AppropriateAdultPresent, int SafeguardingReferrals, int ParentsNotified, int ItemFound);

/// The scrutiny panels' figures for a financial year, as their annual report gives them.
public sealed record ScrutinyYear(int FirstYear, IReadOnlyList<PanelYear> Panels, RemandYear Remand, StripSearchYear StripSearches)
{
    public string Label => FinancialYear.Label(FirstYear);
}

public sealed class ScrutinyStatistics(OversightDbContext db, RemandCases remand)
{
    public async Task<ScrutinyYear> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var from = FinancialYear.Start(firstYear);
        var to = from.AddYears(1);
        var panels = await db.ScrutinyPanels.AsNoTracking().AsSplitQuery()
            .Include(p => p.Members).Include(p => p.Meetings).ThenInclude(m => m.Cases).Include(p => p.Recommendations)
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var years = panels.Select(p =>
        {
            var meetings = p.Meetings.Where(m => m.HeldOn >= from && m.HeldOn < to).ToList();
            var cases = meetings.SelectMany(m => m.Cases).ToList();
            var made = p.Recommendations.Where(r => r.MadeOn >= from && r.MadeOn < to).ToList();
            return new PanelYear(
                p.Name, p.Remit, p.BlindToEthnicity, p.Members.Count, meetings.Count, meetings.Count(m => m.MinutesPublished), cases.Count,
                Enum.GetValues<CaseAssessment>().ToDictionary(a => a, a => cases.Count(c => c.Assessment == a)),
                made.Count, made.Count(r => r.ForceResponse is not null), p.Recommendations.Count(r => r.ForceResponse is null && r.MadeOn < to),
                Panels.Merge(cases.Where(c => c.Assessment is not null).GroupBy(c => c.Ethnicity)
                    .Select(g => new EthnicityAssessments(g.Key, g.Count(), g.Count(c => c.Assessment == CaseAssessment.Inappropriate))).ToList()));
        }).Where(p => p.Meetings > 0 || p.RecommendationsMade > 0).ToList();
        var (start, end) = FinancialYear.Instants(firstYear);
        var searches = await db.ChildStripSearches.AsNoTracking().Where(s => s.SearchedAt >= start && s.SearchedAt < end).ToListAsync(cancellationToken);
        return new ScrutinyYear(firstYear, years, await remand.ForYearAsync(firstYear, cancellationToken), new StripSearchYear(
            searches.Count, searches.Count(s => s.AppropriateAdultPresent), searches.Count(s => s.SafeguardingReferral), searches.Count(s => s.ParentNotified), searches.Count(s => s.ItemFound)));
    }
}

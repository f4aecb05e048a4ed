using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Funding.Grants;

/// Case studies of projects the fund paid for in the year, each told once: under the project's first cross-cutting
/// theme, or its first priority when it has no theme.
public sealed class FundingCaseStudies(OversightDbContext db) : ICaseStudySource
{
    public async Task<IReadOnlyList<ReportCaseStudy>> CaseStudiesAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        var rows = await db.CaseStudies.AsNoTracking()
            .Join(db.Set<Grant>(), c => c.GrantId, g => g.Id, (c, g) => new { c.Title, c.Story, g.Application })
            .Where(x => x.Application!.Round!.FinancialYear == year)
            .Select(x => new { x.Title, x.Story, x.Application!.ProjectTitle, Organisation = x.Application.ApplicantOrganisation!.Name, x.Application.ThemeCodes, x.Application.PriorityCodes })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new ReportCaseStudy(
                r.ThemeCodes.Count > 0 ? "theme-" + r.ThemeCodes[0] : "priority-" + r.PriorityCodes.FirstOrDefault(),
                r.Title, r.ProjectTitle, r.Organisation, r.Story))
                .OrderBy(c => c.Section, StringComparer.Ordinal).ThenBy(c => c.Title, StringComparer.Ordinal),
        ];
    }
}

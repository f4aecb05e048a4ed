using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Justice;
using Oversight.Core.Publishing;
using Oversight.Domain;
using Oversight.Web.Custody.Published;

namespace Oversight.Web.Pages.Custody.Public;

/// The public annual figures: aggregates only, withheld where PublicFigures says so.
[AllowAnonymous]
public sealed class IndexModel(VisitingStatistics visiting, RemandCases remand, JusticeStatistics justice, Publications publications, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public int FirstYear { get; private set; }

    /// Every year with visits, remand cases or referrals, newest first, for the year picker.
    public IReadOnlyList<int> Years { get; private set; } = [];

    public VisitingShown Visiting { get; private set; } = null!;

    public RemandShown Remand { get; private set; } = null!;

    public CohortShown Adults { get; private set; } = null!;

    public CohortShown Children { get; private set; } = null!;

    /// The annual reports are linked only once published (publication control); until then the page says so.
    public bool VisitingReportPublished { get; private set; }

    public bool ScrutinyReportPublished { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = (await visiting.YearsAsync(cancellationToken))
            .Concat(await remand.YearsAsync(cancellationToken))
            .Concat(await justice.YearsAsync(cancellationToken))
            .Distinct().OrderDescending().ToList();
        var year = FinancialYear.Resolve(Year, Years, clock);
        FirstYear = year;
        Visiting = new(await visiting.ForYearAsync(year, cancellationToken), open: true);
        Remand = new(await remand.ForYearAsync(year, cancellationToken), open: true);
        var referrals = await justice.ForYearAsync(year, cancellationToken);
        Adults = new(referrals.Adults, open: true);
        Children = new(referrals.Children, open: true);
        VisitingReportPublished = await publications.FindPublishedAsync(PublicationKind.CustodyVisitingReport, FinancialYear.Name(year), cancellationToken) is not null;
        ScrutinyReportPublished = await publications.FindPublishedAsync(PublicationKind.ScrutinyPanelsReport, FinancialYear.Name(year), cancellationToken) is not null;
    }
}

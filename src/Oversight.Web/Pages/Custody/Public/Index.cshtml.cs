using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Justice;
using Oversight.Core.Reporting;
using Oversight.Domain;

namespace Oversight.Web.Pages.Custody.Public;

/// The public annual figures: aggregates only, with counts under the shared threshold withheld.
[AllowAnonymous]
public sealed class IndexModel(VisitingStatistics visiting, RemandCases remand, JusticeStatistics justice, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public VisitingYear Visiting { get; private set; } = null!;

    public RemandYear Remand { get; private set; } = null!;

    public JusticeYear Justice { get; private set; } = null!;

    public static string Count(int count) =>
        count is > 0 and < ReportDocument.SuppressBelow ? ReportDocument.Suppressed : count.ToString(CustodyText.Culture);

    public static string Share(int count, decimal share) =>
        count is > 0 and < ReportDocument.SuppressBelow ? "withheld" : CustodyText.Percent(share);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = FinancialYear.Resolve(Year, clock);
        Visiting = await visiting.ForYearAsync(year, cancellationToken);
        Remand = await remand.ForYearAsync(year, cancellationToken);
        Justice = await justice.ForYearAsync(year, cancellationToken);
    }
}

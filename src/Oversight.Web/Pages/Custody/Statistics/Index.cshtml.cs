using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Visiting;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Statistics;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(VisitingStatistics statistics, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public VisitingYear Figures { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await statistics.YearsAsync(cancellationToken);
        Figures = await statistics.ForYearAsync(FinancialYear.Resolve(Year, Years, clock), cancellationToken);
    }
}

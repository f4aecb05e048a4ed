using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Justice;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Justice;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(JusticeStatistics statistics, Core.Justice.Referrals referrals, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public JusticeYear Figures { get; private set; } = null!;

    public IReadOnlyList<JusticeReferral> Recent { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await statistics.YearsAsync(cancellationToken);
        var year = FinancialYear.Resolve(Year, Years, clock);
        Figures = await statistics.ForYearAsync(year, cancellationToken);
        Recent = await referrals.ListAsync(year, cancellationToken);
    }
}

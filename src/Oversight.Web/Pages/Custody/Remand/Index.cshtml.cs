using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Remand;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(RemandCases cases, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [FromQuery(Name = "late")]
    public bool Late { get; set; }

    public RemandYear Figures { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<RemandCaseView> Cases { get; private set; } = [];

    public IReadOnlyList<ChildStripSearch> StripSearches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await cases.YearsAsync(cancellationToken);
        var year = FinancialYear.Resolve(Year, Years, clock);
        Figures = await cases.ForYearAsync(year, cancellationToken);
        Cases = await cases.ListAsync(year, cancellationToken);
        StripSearches = await cases.StripSearchesAsync(year, cancellationToken);
    }
}

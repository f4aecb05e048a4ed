using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Statistics;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Statistics;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(CaseworkStatistics statistics) : FormPageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public CaseworkYear? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await statistics.YearsAsync(cancellationToken);
        if ((Year ?? (Years.Count > 0 ? Years[0] : 0)) is var year and > 0)
        {
            Figures = await statistics.YearAsync(year, cancellationToken);
        }
    }
}

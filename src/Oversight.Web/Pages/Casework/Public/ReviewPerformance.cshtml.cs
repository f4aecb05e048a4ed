using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Casework.Statistics;

namespace Oversight.Web.Pages.Casework.Public;

/// The office's published assessment of its performance as a relevant review body (Specified Information Order
/// para 7C(b)(ii)); counts under the shared threshold are withheld.
[AllowAnonymous]
public sealed class ReviewPerformanceModel(CaseworkStatistics statistics) : FormPageModel
{
    public IReadOnlyList<CaseworkYear> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var years = new List<CaseworkYear>();
        foreach (var year in (await statistics.YearsAsync(cancellationToken)).Take(4))
        {
            years.Add(await statistics.YearAsync(year, cancellationToken));
        }

        Years = years;
    }
}

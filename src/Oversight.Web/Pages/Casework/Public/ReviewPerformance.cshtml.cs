using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Statistics;
using Oversight.Domain;

namespace Oversight.Web.Pages.Casework.Public;

/// The office's published assessment of its performance as a relevant review body (Specified Information Order
/// para 7C(b)(ii)); counts under the shared threshold are withheld.
[AllowAnonymous]
public sealed class ReviewPerformanceModel(CaseworkStatistics statistics, TimeProvider clock) : FormPageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// Every year with enquiries or reviews, newest first, for the year picker.
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// The year shown: the one asked for, else the latest with figures.
    public CaseworkYear? Shown { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await statistics.YearsAsync(cancellationToken);
        if (Years.Count > 0)
        {
            Shown = await statistics.YearAsync(FinancialYear.Resolve(Year, Years, clock), cancellationToken);
        }
    }
}

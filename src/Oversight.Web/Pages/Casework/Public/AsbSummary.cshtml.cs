using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Casework.Asb;
using Oversight.Domain;

namespace Oversight.Web.Pages.Casework.Public;

/// The public annual summary of ASB case reviews and appeals: each finished year, counts under the shared threshold
/// withheld.
[AllowAnonymous]
public sealed class AsbSummaryModel(AsbAppeals appeals) : FormPageModel
{
    public IReadOnlyList<AsbYear> Years { get; private set; } = [];

    public AsbOptions Options => appeals.Options;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = FinancialYear.StartYearOf(appeals.Today);
        var years = new List<AsbYear>();
        foreach (var year in (await appeals.YearsAsync(cancellationToken)).Where(y => y < current).Take(3))
        {
            years.Add(await appeals.YearAsync(year, cancellationToken));
        }

        Years = years;
    }
}

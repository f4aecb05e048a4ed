using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

/// The office's own figures, unrounded and with totals; the public summary withholds small counts.
[Authorize(Policy = Policies.Casework)]
public sealed class StatisticsModel(AsbAppeals appeals) : FormPageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public AsbYear Figures { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await appeals.YearsAsync(cancellationToken);
        var shown = Year is { } y && Years.Contains(y) ? y : FinancialYear.StartYearOf(appeals.Today);
        Figures = await appeals.YearAsync(shown, cancellationToken);
    }
}

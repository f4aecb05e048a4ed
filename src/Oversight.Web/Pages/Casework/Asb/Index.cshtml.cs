using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(AsbAppeals appeals) : FormPageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public int Shown { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<AsbAppeal> Appeals { get; private set; } = [];

    public DateOnly Today => appeals.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await appeals.YearsAsync(cancellationToken);
        Shown = Year is { } y && Years.Contains(y) ? y : FinancialYear.StartYearOf(Today);
        Appeals = await appeals.AppealsAsync(Shown, cancellationToken);
    }
}

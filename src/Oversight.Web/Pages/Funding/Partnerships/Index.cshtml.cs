using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Partnerships;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Partnerships;

/// The Community Safety Fund by district for a year: allocated, spent from the returns, and what is left.
[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(CommunitySafetyFund fund) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public IReadOnlyList<CsfDistrict> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (FinancialYear.Parse(Year) is null)
        {
            Year = FinancialYear.Of(fund.Today);
        }

        Districts = await fund.YearAsync(Year!, cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Reporting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Reports;

[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(FundingStatistics statistics) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public FundingReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Year is not null && Domain.FinancialYear.Parse(Year) is null)
        {
            Year = null;
        }

        Report = await statistics.ReportAsync(Year, cancellationToken);
    }
}

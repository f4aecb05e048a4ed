using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(VictimServicesStatistics statistics) : FormPageModel
{
    public const string Source = "Ministry of Justice victims' grant";
    public const string SaferStreets = "Safer Streets 5";

    [BindProperty(SupportsGet = true)]
    public string Year { get; set; } = "2024-25";

    public VictimServicesYear Services { get; private set; } = null!;

    public SaferStreetsYear Streets { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Domain.FinancialYear.Parse(Year) is null)
        {
            Year = "2024-25";
        }

        Services = await statistics.YearAsync(Year, Source, cancellationToken);
        Streets = await statistics.SaferStreetsAsync(SaferStreets, cancellationToken);
    }
}

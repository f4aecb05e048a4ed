using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.SaferStreets;

/// A Safer Streets round: the Home Office's allocation by funding year, the office's claims against it, and the
/// projects it pays for with their budgets and spend.
[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(VictimServicesStatistics statistics, Core.Funding.Victims.SaferStreets streets) : FormPageModel
{
    public SaferStreetsYear Round { get; private set; } = null!;

    public IReadOnlyList<SaferStreetsClaim> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Round = await statistics.SaferStreetsAsync(Victims.IndexModel.SaferStreets, cancellationToken);
        Claims = await streets.ClaimsAsync(Round.Round, cancellationToken);
    }
}

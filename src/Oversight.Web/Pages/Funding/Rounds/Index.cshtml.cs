using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Rounds;

[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(RoundAdministration administration) : FormPageModel
{
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rounds = await administration.SummariesAsync(cancellationToken);
}

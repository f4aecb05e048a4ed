using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Funding.Grants;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding;

[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(FundingRounds rounds, GrantManagement grants) : FormPageModel
{
    public IReadOnlyList<FundingRound> Rounds { get; private set; } = [];

    public IReadOnlyList<OverdueReturn> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rounds = await rounds.ListAsync(cancellationToken);
        Overdue = await grants.OverdueAsync(cancellationToken);
    }
}

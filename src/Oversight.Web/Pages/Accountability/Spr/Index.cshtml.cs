using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accountability.Spr;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Spr;

[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, SprAssurance spr) : AccountabilityPageModel(current)
{
    public IReadOnlyList<ThreatAssurance> Threats { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        Threats = await spr.AllAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class ProvidersModel(VictimCommissioning commissioning) : FormPageModel
{
    public IReadOnlyList<ProviderLine> Providers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Providers = await commissioning.ProvidersAsync(cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies;

[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, Core.Accountability.Bodies.Bodies bodies) : AccountabilityPageModel(current)
{
    public IReadOnlyList<Body> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        List = await bodies.ListAsync(cancellationToken);
    }
}

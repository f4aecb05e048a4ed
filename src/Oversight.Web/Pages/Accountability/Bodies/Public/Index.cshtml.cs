using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Bodies;

namespace Oversight.Web.Pages.Accountability.Bodies.Public;

/// The bodies whose meetings are public, open to anyone.
[AllowAnonymous]
public sealed class IndexModel(Core.Accountability.Bodies.Bodies bodies) : PageModel
{
    public IReadOnlyList<Body> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await bodies.PublicAsync(cancellationToken);
}

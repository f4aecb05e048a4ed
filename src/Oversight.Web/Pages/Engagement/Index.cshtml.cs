using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement;

[Authorize(Policy = Policies.Engagement)]
public sealed class IndexModel(Oversight.Core.Engagement.Consultations consultations) : PageModel
{
    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Consultations = await consultations.ListAsync(cancellationToken);
}

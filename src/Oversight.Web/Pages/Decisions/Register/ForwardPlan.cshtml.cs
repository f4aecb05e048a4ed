using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;

namespace Oversight.Web.Pages.Decisions.Register;

/// Key decisions coming up, for the Police and Crime Panel and the public.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class ForwardPlanModel(DecisionRegister register) : PageModel
{
    public IReadOnlyList<ForwardPlanEntry> Entries { get; private set; } = [];

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await register.ForwardPlanAsync(cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;

namespace Oversight.Web.Pages.Decisions.Register;

/// The public register of significant decisions (Specified Information Order), searchable by year and kind.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class IndexModel(DecisionRegister register) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DecisionType? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = Oversight.Web.Components.PageLinks.QueryName)]
    public int P { get; set; } = 1;

    public RegisterPage Results { get; private set; } = null!;

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await register.SearchAsync(string.IsNullOrWhiteSpace(Year) ? null : Year.Trim(), Kind, P, cancellationToken);
}

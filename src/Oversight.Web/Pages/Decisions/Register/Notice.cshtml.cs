using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;

namespace Oversight.Web.Pages.Decisions.Register;

/// One decision notice as published, with its earlier public versions and the reasons they changed.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class NoticeModel(DecisionRegister register) : PageModel
{
    public IReadOnlyList<PublicNotice> Versions { get; private set; } = [];

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Versions = await register.PublicVersionsAsync(DecisionText.Reference(slug), cancellationToken);
        return Versions.Count == 0 ? NotFound() : Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Grants;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Grants;

[Authorize(Policy = Policies.Funding)]
public sealed class TemplatesModel(GrantAwards awards) : FormPageModel
{
    [BindProperty]
    public string? Letter { get; set; }

    [BindProperty]
    public string? Agreement { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Letter = await awards.TemplateAsync(GrantAwards.LetterKind, cancellationToken);
        Agreement = await awards.TemplateAsync(GrantAwards.AgreementKind, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Letter))
        {
            ModelState.AddModelError(nameof(Letter), "Enter the award letter");
        }

        if (string.IsNullOrWhiteSpace(Agreement))
        {
            ModelState.AddModelError(nameof(Agreement), "Enter the grant agreement");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        await awards.SaveTemplateAsync(GrantAwards.LetterKind, Letter!.Replace("\r\n", "\n", StringComparison.Ordinal), cancellationToken);
        await awards.SaveTemplateAsync(GrantAwards.AgreementKind, Agreement!.Replace("\r\n", "\n", StringComparison.Ordinal), cancellationToken);
        Saved = true;
        return Page();
    }
}

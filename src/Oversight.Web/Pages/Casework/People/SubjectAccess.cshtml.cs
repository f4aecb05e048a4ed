using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Privacy;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.People;

/// Subject access and erasure requests. Everything is posted, so no email address or name reaches a URL or a log.
[Authorize(Policy = Policies.Casework)]
public sealed class SubjectAccessModel(SubjectAccess subjectAccess, TimeProvider clock) : FormPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public SubjectMatch? Match { get; private set; }

    public int? Erased { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken) => await FindAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var file = await subjectAccess.ExportAsync(Match!.PersonIds, cancellationToken);
        var day = UkTime.Today(clock).ToString("yyyy-MM-dd", CaseworkForm.English);
        return File(file, "application/zip", $"subject-access-{day}.zip");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Confirm that the person asked for their data to be erased and that nothing requires us to keep it");
            return Page();
        }

        Erased = await subjectAccess.EraseAsync(Match!.PersonIds, cancellationToken);
        Match = null;
        return Page();
    }

    private async Task<IActionResult?> FindAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Email), "Enter the person's email address or full name");
            return Page();
        }

        Match = await subjectAccess.FindAsync(Email, Name, cancellationToken);
        if (Match.PersonIds.Count == 0)
        {
            ModelState.AddModelError(nameof(Email), "We hold no casework about anyone with that email address or name");
            return Page();
        }

        return null;
    }
}

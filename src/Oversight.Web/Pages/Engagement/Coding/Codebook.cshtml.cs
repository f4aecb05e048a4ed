using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Coding;

/// The consultation's themes for coding free text: add one, or rename and redescribe one.
[Authorize(Policy = Policies.Engagement)]
public sealed class CodebookModel(Oversight.Core.Engagement.Consultations consultations, FreeTextCoding coding) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? ThemeKey { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    public IReadOnlyList<CodebookTheme> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await OpenAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var (_, errors) = await coding.AddThemeAsync(Consultation.Id, Name ?? "", Description, cancellationToken);
        ModelState.AddErrors(errors);

        return errors.Count == 0 ? Redirect($"/engagement/consultations/{slug}/codebook") : Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        return await coding.RenameThemeAsync(Consultation.Id, ThemeKey ?? "", Name ?? "", Description, cancellationToken)
            ? Redirect($"/engagement/consultations/{slug}/codebook")
            : BadRequest();
    }

    private async Task<bool> OpenAsync(string slug, CancellationToken cancellationToken)
    {
        var consultation = await consultations.FindAsync(slug, cancellationToken);
        if (consultation is null)
        {
            return false;
        }

        Consultation = consultation;
        Themes = await coding.CodebookAsync(consultation.Id, cancellationToken);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Import;
using Oversight.Core.Uploads;
using Oversight.Domain.Engagement;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Engagement.Import;

[Authorize(Policy = Policies.Engagement)]
[UploadLimit(UploadKind.ConsultationResponses)]
public sealed class UploadModel(Oversight.Core.Engagement.Consultations consultations, ResponseImports imports) : FormPageModel
{
    public const int MaxErrorsShown = 50;

    [BindProperty]
    public IFormFile? ResponsesFile { get; set; }

    [BindProperty]
    public ConsultationChannel Channel { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await OpenAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (await this.ReadUploadAsync(ResponsesFile, nameof(ResponsesFile), cancellationToken) is not { } file)
        {
            if (!HasError(nameof(ResponsesFile)))
            {
                ModelState.AddModelError(nameof(ResponsesFile), "Select a CSV or XLSX file");
            }

            return Page();
        }

        var (id, errors) = await imports.UploadAsync(Consultation.Id, file.Name, file.Content, Channel, User.Identity?.Name ?? "unknown", cancellationToken);
        if (id is { } importId)
        {
            return Redirect($"/engagement/imports/{importId}");
        }

        ModelState.AddErrors(nameof(ResponsesFile), errors, MaxErrorsShown);

        return Page();
    }

    private async Task<bool> OpenAsync(string slug, CancellationToken cancellationToken)
    {
        Consultation = (await consultations.FindAsync(slug, cancellationToken))!;
        return Consultation is not null;
    }
}

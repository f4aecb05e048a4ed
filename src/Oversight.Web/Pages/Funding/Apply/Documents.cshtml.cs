using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applications;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
[RequestSizeLimit(ApplicationDocuments.MaxRequestBytes)]
public sealed class DocumentsModel(CurrentUser current, FundingApplications applications, ApplicationDocuments documents) : FormPageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public FundingApplication Application { get; private set; } = null!;

    public IReadOnlyList<ApplicationDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Upload is null)
        {
            ModelState.AddModelError("Upload", "Select a file");
            return Page();
        }

        // N.B. checked before reading, so a file too big is refused without holding it in memory.
        if (Upload.Length > ApplicationDocuments.MaxBytes)
        {
            ModelState.AddModelError("Upload", $"The selected file {Path.GetFileName(Upload.FileName)} must be smaller than 10MB");
            return Page();
        }

        using var buffer = new MemoryStream();
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var me = await current.GetAsync(cancellationToken);
        var errors = await documents.UploadAsync(me.Id, id, Kind, Upload.FileName, buffer.ToArray(), cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/funding/apply/applications/{id}/documents");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var application = await applications.FindAsync(me.Id, id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Documents = await documents.ListAsync(id, cancellationToken);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Uploads;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
[UploadLimit(UploadKind.ApplicationDocument)]
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

        if (await this.ReadUploadAsync(Upload, nameof(Upload), cancellationToken) is not { } file)
        {
            if (!HasError(nameof(Upload)))
            {
                ModelState.AddModelError(nameof(Upload), "Select a file");
            }

            return Page();
        }

        var me = await current.GetAsync(cancellationToken);
        var errors = await documents.UploadAsync(me.Id, id, Kind, file.Name, file.Content, cancellationToken);
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

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Funding.Applications;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

/// A document the applicant's organisation sent, opened again by anyone in that organisation.
[Authorize(Policy = Policies.Applying)]
public sealed class DocumentModel(CurrentUser current, ApplicationDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        return DocumentFile.Send(this, await documents.OpenForApplicantAsync(me.Id, id, documentId, cancellationToken));
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Funding.Applications;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Assessment;

/// A document sent with an application, for office staff and assessors without a conflict of interest.
[Authorize(Policy = Policies.Funding)]
public sealed class DocumentModel(CurrentUser current, ApplicationDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        return DocumentFile.Send(this, await documents.OpenAsync(me.Id, id, documentId, cancellationToken));
    }
}

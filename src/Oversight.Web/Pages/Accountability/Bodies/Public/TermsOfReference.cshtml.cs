using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies.Public;

/// A body's terms of reference: open to anyone for a public body, to staff for any.
[AllowAnonymous]
public sealed class TermsOfReferenceModel(Core.Accountability.Bodies.Bodies bodies, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await bodies.FindAsync(key, cancellationToken) is not { TermsOfReference: { } content } body)
        {
            return NotFound();
        }

        if (!body.IsPublic && !(await authorization.AuthorizeAsync(User, Policies.Accountability)).Succeeded)
        {
            return NotFound();
        }

        // N.B. always an attachment, so an uploaded HTML file cannot run in the application's origin.
        return File(content, "application/octet-stream", body.TermsOfReferenceFileName);
    }
}

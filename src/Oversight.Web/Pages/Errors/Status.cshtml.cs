using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oversight.Web.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "You do not have access to this page",
        413 => "The file is too large",
        429 => "Too many attempts",
        _ => "Sorry, there is a problem with the service",
    };

    /// The upload limit of the form whose request was too large to read at all.
    public string? UploadLimit => HttpContext.Features.Get<Uploads.RefusedUploads>()?.Rules.MaxSize;

    public void OnGet(int code) => Code = code;

    // Re-executed POSTs (a failed form submission) land here too.
    public void OnPost(int code) => Code = code;
}

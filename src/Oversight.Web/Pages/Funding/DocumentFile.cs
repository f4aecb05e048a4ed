using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Funding.Applications;

namespace Oversight.Web.Pages.Funding;

/// Sends an applicant's uploaded file.
public static class DocumentFile
{
    // N.B. always an attachment and never sniffed, so a file that slipped past the content check cannot run in
    // the application's origin.
    public static IActionResult Send(PageModel page, ApplicationDocument? document)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (document is null)
        {
            return page.NotFound();
        }

        page.Response.Headers.XContentTypeOptions = "nosniff";
        return new FileContentResult(document.Content, document.ContentType) { FileDownloadName = document.FileName };
    }
}

using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement.Report;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Report;

/// The "Voice of West Yorkshire" summary as a standalone HTML file or a PDF.
[Authorize(Policy = Policies.Engagement)]
public sealed class DocumentModel(EngagementReport report) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string format, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "html" when await report.HtmlAsync(slug, cancellationToken) is { } html:
                return File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"voice-of-west-yorkshire-{slug}.html");
            case "pdf" when await report.PdfAsync(slug, cancellationToken) is { } pdf:
                return File(pdf, "application/pdf", $"voice-of-west-yorkshire-{slug}.pdf");
            default:
                return NotFound();
        }
    }
}

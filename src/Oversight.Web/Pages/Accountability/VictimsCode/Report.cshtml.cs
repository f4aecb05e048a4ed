using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.VictimsCode;
using Oversight.Domain;
using Oversight.Web.Accountability.Documents;
using Oversight.Web.Documents;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// The year's Victims' Code compliance report as a standalone HTML file or a printed PDF, ready to publish.
[Authorize(Policy = Policies.Accountability)]
public sealed class ReportModel(VictimsCodeCompliance compliance, DocumentRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string year, string format, CancellationToken cancellationToken)
    {
        if (format is not ("html" or "pdf") || FinancialYear.Parse(year) is not { } span
            || await compliance.ReportAsync(span.Start.Year, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        var file = await ReportDocumentFile.RenderAsync<VictimsCodeReportDocument>(renderer,
            new Dictionary<string, object?> { [nameof(VictimsCodeReportDocument.Report)] = report },
            $"Victims' Code compliance report {report.Year.Year}", $"victims-code-compliance-{year}.{format}", format == "pdf", cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}

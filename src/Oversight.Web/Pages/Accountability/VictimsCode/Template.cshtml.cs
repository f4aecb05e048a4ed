using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Spreadsheets;
using Oversight.Core.VictimsCode;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// A body's Victims' Code return template, CSV or Excel: its measures, one row each for the last full quarter.
[Authorize(Policy = Policies.MeasureData)]
public sealed class TemplateModel(CurrentUser current, VictimsCodeCompliance compliance) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, string format, CancellationToken cancellationToken)
    {
        if (CodeAgencies.FromKey(agency) is not { } body || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        if (!VictimsCodeCompliance.MaySend(await current.GetAsync(cancellationToken), body))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var content = await compliance.TemplateAsync(body, format == "xlsx", cancellationToken);
        return File(content, format == "xlsx" ? SpreadsheetWriter.XlsxType : SpreadsheetWriter.CsvType, $"victims-code-{agency}-template.{format}");
    }
}

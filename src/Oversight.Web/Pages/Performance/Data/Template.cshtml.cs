using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Spreadsheets;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

/// Downloads a measure's upload template as CSV or Excel; the page itself never renders.
[Authorize(Policy = Policies.MeasureData)]
public sealed class TemplateModel(
    CurrentUser current, MeasureAccess access, MeasureSubmissions submissions, PoliceAndCrimePlan plan, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, string format, CancellationToken cancellationToken)
    {
        var (measure, status) = await SubmitGate.CheckAsync(await current.GetAsync(cancellationToken), id, access, plan, cancellationToken);
        if (measure is null)
        {
            return StatusCode(status);
        }

        var today = UkTime.Today(clock);
        return format switch
        {
            "csv" => File(UploadTemplate.Csv(measure, submissions.Areas, today), SpreadsheetWriter.CsvType, UploadTemplate.FileName(measure, "csv")),
            "xlsx" => File(UploadTemplate.Xlsx(measure, submissions.Areas, today), SpreadsheetWriter.XlsxType, UploadTemplate.FileName(measure, "xlsx")),
            _ => NotFound(),
        };
    }
}

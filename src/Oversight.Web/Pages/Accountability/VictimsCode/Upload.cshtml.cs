using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Uploads;
using Oversight.Core.VictimsCode;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// A body's quarterly Victims' Code return, uploaded in its template. A file with any problem is refused whole, each
/// problem naming the line and field; a good one is saved at once.
[Authorize(Policy = Policies.MeasureData)]
[UploadLimit(UploadKind.MeasureData)]
public sealed class UploadModel(CurrentUser current, VictimsCodeCompliance compliance) : FormPageModel
{
    public const int MaxErrorsShown = 50;

    [BindProperty]
    public IFormFile? DataFile { get; set; }

    [FromQuery(Name = "saved")]
    public int? Saved { get; set; }

    public CodeAgency Agency { get; private set; }

    public IReadOnlyList<ComplianceMeasure> Measures { get; private set; } = [];

    public int ErrorsNotShown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken) =>
        await OpenAsync(agency, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string agency, CancellationToken cancellationToken)
    {
        if (await OpenAsync(agency, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await this.ReadUploadAsync(DataFile, nameof(DataFile), cancellationToken) is not { } file)
        {
            if (!HasError(nameof(DataFile)))
            {
                ModelState.AddModelError(nameof(DataFile), "Select a CSV or XLSX file");
            }

            return Page();
        }

        var outcome = await compliance.UploadAsync(await current.GetAsync(cancellationToken), Agency, file.Name, file.Content, cancellationToken);
        if (outcome.UploadId is not null)
        {
            return Redirect(string.Create(CultureInfo.InvariantCulture, $"/data/victims-code/{agency}/upload?saved=1"));
        }

        ErrorsNotShown = ModelState.AddErrors(nameof(DataFile), outcome.Errors, MaxErrorsShown);
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(string agency, CancellationToken cancellationToken)
    {
        if (CodeAgencies.FromKey(agency) is not { } body)
        {
            return NotFound();
        }

        if (!VictimsCodeCompliance.MaySend(await current.GetAsync(cancellationToken), body))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = body;
        Measures = await compliance.MeasuresAsync(body, cancellationToken);
        return null;
    }
}

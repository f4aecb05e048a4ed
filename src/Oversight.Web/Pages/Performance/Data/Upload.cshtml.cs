using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Uploads;
using Oversight.Domain.Plan;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Performance.Data;

[Authorize(Policy = Policies.MeasureData)]
[UploadLimit(UploadKind.MeasureData)]
public sealed class UploadModel(CurrentUser current, MeasureAccess access, MeasureSubmissions submissions, PoliceAndCrimePlan plan) : FormPageModel
{
    public const int MaxErrorsShown = 50;

    [BindProperty]
    public IFormFile? DataFile { get; set; }

    public Measure Measure { get; private set; } = null!;

    public IReadOnlyList<string> Areas => submissions.Areas;

    public int ErrorsNotShown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refusal)
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

        var outcome = await submissions.UploadAsync(await current.GetAsync(cancellationToken), id, file.Name, file.Content, cancellationToken);
        if (outcome.UploadId is { } uploadId)
        {
            return Redirect(string.Create(CultureInfo.InvariantCulture, $"/data/uploads/{uploadId}"));
        }

        ErrorsNotShown = ModelState.AddErrors(nameof(DataFile), outcome.Errors, MaxErrorsShown);
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        var (measure, status) = await SubmitGate.CheckAsync(await current.GetAsync(cancellationToken), id, access, plan, cancellationToken);
        if (measure is null)
        {
            return StatusCode(status);
        }

        Measure = measure;
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

[Authorize(Policy = Policies.MeasureData)]
public sealed class NewValueModel(CurrentUser current, MeasureAccess access, MeasureSubmissions submissions, PoliceAndCrimePlan plan) : FormPageModel
{
    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Numerator { get; set; }

    [BindProperty]
    public string? Denominator { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public Measure Measure { get; private set; } = null!;

    public IReadOnlyList<string> Areas => submissions.Areas;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var me = await current.GetAsync(cancellationToken);
        var errors = await submissions.EnterAsync(me, id, new RawRow(0, Period, Area, Value, Numerator, Denominator, Notes), cancellationToken);
        // The rules name fields as the upload template does (period, value…); the form's fields are capitalised.
        ModelState.AddErrors(errors.Select(e => new FieldError(e.Field, e.Message)), field => char.ToUpperInvariant(field[0]) + field[1..]);

        return errors.Count > 0 ? Page() : Redirect($"/data/measures/{Measure.Id}");
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

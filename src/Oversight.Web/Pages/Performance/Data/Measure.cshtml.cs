using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

[Authorize(Policy = Policies.MeasureData)]
public sealed class MeasureModel(
    CurrentUser current, MeasureAccess access, MeasureValues values, MeasureSubmissions submissions, PoliceAndCrimePlan plan) : PageModel
{
    public const int MaxValues = 120;

    public Measure Measure { get; private set; } = null!;

    public string Dataset { get; private set; } = "";

    public bool MaySubmit { get; private set; }

    public IReadOnlyList<Observation> Values { get; private set; } = [];

    public IReadOnlyList<DataUpload> Uploads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (plan.FindMeasure(id) is not { } measure || !(await access.ReadableAsync(me, cancellationToken)).Contains(id))
        {
            return NotFound();
        }

        Measure = measure;
        Dataset = plan.DatasetOf(id).Name;
        MaySubmit = access.MaySubmit(me, id);
        Values = await values.CurrentAsync(me, id, MaxValues, cancellationToken);
        Uploads = MaySubmit ? await submissions.RecentUploadsAsync(me, id, cancellationToken) : [];
        return Page();
    }
}

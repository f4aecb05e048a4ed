using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

[Authorize(Policy = Policies.MeasureData)]
public sealed class IndexModel(CurrentUser current, MeasureAccess access, PoliceAndCrimePlan plan) : PageModel
{
    public IReadOnlyList<DatasetRow> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var readable = await access.ReadableAsync(me, cancellationToken);
        Datasets = plan.Datasets
            .Select(d => new DatasetRow(
                d.Name,
                plan.Organisations.FirstOrDefault(o => o.Id == d.Owner)?.Name ?? d.Owner,
                d.Measures.Where(readable.Contains).Select(id => new MeasureRow(plan.FindMeasure(id)!, access.MaySubmit(me, id))).ToList()))
            .Where(d => d.Measures.Count > 0)
            .ToList();
    }

    public sealed record DatasetRow(string Name, string Owner, IReadOnlyList<MeasureRow> Measures);

    public sealed record MeasureRow(Measure Measure, bool MaySubmit);
}

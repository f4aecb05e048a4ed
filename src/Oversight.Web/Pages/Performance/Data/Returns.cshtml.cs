using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Returns;
using Oversight.Domain.Performance.Returns;
using Oversight.Domain.Plan;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Data;

/// Returns due and overdue: every dataset for office staff, a partner's own organisation's for a partner.
[Authorize(Policy = Policies.MeasureData)]
public sealed class ReturnsModel(CurrentUser current, DataReturns returns, PoliceAndCrimePlan plan) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = PageLinks.QueryName)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DatasetReturn> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Overdue { get; private set; }

    public PageLinks Paging { get; private set; } = null!;

    public DateOnly Today => returns.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var outstanding = await returns.OutstandingAsync(me, cancellationToken);
        var words = (Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matching = outstanding.Where(r => words.All(w => Text(r).Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        Total = matching.Count;
        Overdue = matching.Count(r => r.Status == ReturnStatus.Overdue);
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pages);
        Rows = [.. matching.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        Paging = new PageLinks(Request, PageNumber, pages);
    }

    public string OwnerName(Dataset dataset) => plan.Organisations.FirstOrDefault(o => o.Id == dataset.Owner)?.Name ?? dataset.Owner;

    public string MeasureName(string id) => plan.FindMeasure(id)?.Name ?? id;

    // What a search matches: the dataset, its owner, the period and the measures still missing.
    private string Text(DatasetReturn r) =>
        string.Join(' ', [r.Dataset.Name, OwnerName(r.Dataset), r.Period.Text, r.Status.ToString(), .. r.Missing.Select(MeasureName)]);
}

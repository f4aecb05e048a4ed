using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visits;

[Authorize(Policy = Policies.CustodyVisiting)]
public sealed class NewModel(VisitReports reports, Volunteers volunteers, OversightDbContext db, TimeProvider clock) : FormPageModel
{
    [BindProperty]
    public string? SuiteId { get; set; }

    [BindProperty]
    public string? PartnerId { get; set; }

    [BindProperty]
    public DateParts VisitDate { get; set; } = new();

    public IReadOnlyList<CustodySuite> Suites { get; private set; } = [];

    public IReadOnlyList<CustodyVisitor> Partners { get; private set; } = [];

    /// Visitors mostly write up a visit the day they make it, so the date starts as today.
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        VisitDate = DateParts.From(Oversight.Domain.UkTime.Today(clock));
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = VisitingUsers.From(User);
        DateOnly? date = VisitDate.TryRead("the date of the visit", out var d, out var dateError) ? d : null;
        var (id, errors) = await reports.StartAsync(user.UserId, SuiteId, PartnerId, date, cancellationToken);
        if (id is not null && dateError is null)
        {
            return Redirect($"/custody-visits/{id}");
        }

        ModelState.AddErrors(errors.Where(e => dateError is null || e.Field != "VisitDate"));

        if (dateError is not null)
        {
            ModelState.AddModelError("VisitDate", dateError);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Suites = await db.CustodySuites.OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var me = await reports.VisitorIdAsync(VisitingUsers.From(User).UserId, cancellationToken);
        Partners = [.. (await volunteers.ActiveAsync(cancellationToken)).Where(v => v.Id != me)];
    }
}

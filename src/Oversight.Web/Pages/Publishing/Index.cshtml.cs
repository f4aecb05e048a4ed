using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Publishing;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Publishing;

/// The custody visiting, scrutiny panels and consultation reports under publication control, and starting one.
[Authorize(Policy = Policies.Publications)]
public sealed class IndexModel(CurrentUser current, Publications publications, OversightDbContext db) : FormPageModel
{
    [BindProperty]
    public PublicationKind? Kind { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    public IReadOnlyList<Publication> Items { get; private set; } = [];

    /// The kinds this person may start: custody officers the custody reports, analysts the consultation reports.
    public IReadOnlyList<PublicationKind> CanStart { get; private set; } = [];

    public IReadOnlyList<string> Consultations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Choose which report to prepare");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var outcome = await publications.StartAsync(await current.GetAsync(cancellationToken), Kind.Value, Subject, cancellationToken);
        return await ReportStart.ShowAsync(this, outcome, "/publications", () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await publications.ListAsync(cancellationToken);
        var role = (await current.GetAsync(cancellationToken)).Role;
        CanStart = role switch
        {
            Roles.CustodyOfficer => [PublicationKind.CustodyVisitingReport, PublicationKind.ScrutinyPanelsReport],
            Roles.Analyst => [PublicationKind.ConsultationReport],
            _ => [],
        };
        Consultations = await db.Consultations.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Work;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Navigation;
using Oversight.Web.Security;

namespace Oversight.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(OversightDbContext db, NavigationMenu menu, PoliceAndCrimePlan plan, WorkLists work, TimeProvider clock) : PageModel
{
    /// The public front door: every service and publication a visitor may use, grouped as people look for them.
    public static readonly IReadOnlyList<(string Heading, IReadOnlyList<(string Title, string Path, string Description)> Links)> PublicServices =
    [
        ("Get in touch", [
            ("Contact us", "/contact", "Tell us about a policing or crime concern; we reply within 10 working days."),
            ("Book a surgery", "/surgeries", "Meet the Deputy Mayor in person or online."),
            ("Ask for a review of a complaint outcome", "/complaint-reviews/apply", "Unhappy with how the police dealt with your complaint? Apply within 28 days of the outcome."),
            ("Complaint reviews: how we are doing", "/complaint-reviews/performance", "Reviews of complaint outcomes received, decided on time and upheld, by year."),
        ]),
        ("Funding", [
            ("Register your organisation to apply", "/funding/register", "Community groups, charities and social enterprises apply for the Safer Communities Fund once registered."),
            ("What we funded", "/funding/open-data", "Every grant awarded, as 360Giving open data."),
        ]),
        ("Performance and plans", [
            ("Police and Crime Plan", "/plan", "The plan's priorities and the measures the office watches."),
            ("Annual report", "/annual-report", "The Mayor's annual report on the Police and Crime Plan, to read or download."),
            ("Performance reports", "/reports", "Published quarterly performance reports, with their data to download."),
            ("Custody and justice", "/custody-and-justice", "Independent custody visiting, child remand scrutiny and Immediate Justice figures."),
        ]),
        ("Meetings and scrutiny", [
            ("Public meetings", "/meetings", "Minutes, papers and recordings of the public meetings with the Chief Constable."),
            ("Scrutiny panel minutes", "/scrutiny-panels/minutes", "What the out-of-court and detention scrutiny panels found and recommended."),
        ]),
    ];

    public IReadOnlyList<OpenRound> OpenRounds { get; private set; } = [];

    public IReadOnlyList<WorkItem> Work { get; private set; } = [];

    public PoliceAndCrimePlan Plan => plan;

    public IReadOnlyList<NavigationItem> Items { get; private set; } = [];

    public Me? SignedInAs { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await menu.ForAsync(User);
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            var today = UkTime.Today(clock);
            OpenRounds = await db.FundingRounds.Where(r => r.Opens <= today && r.Closes >= today)
                .OrderBy(r => r.Closes).Select(r => new OpenRound(r.Name, r.Closes)).ToListAsync(cancellationToken);
            return;
        }

        var me = await db.Users.Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.OrganisationId, Organisation = u.Organisation!.Name }).SingleOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return;
        }

        SignedInAs = new Me(me.DisplayName, me.Organisation);
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var items = new List<WorkItem>();
        foreach (var role in Roles)
        {
            items.AddRange(await work.ForAsync(new WorkPerson(id, me.DisplayName, role, me.OrganisationId), cancellationToken));
        }

        Work = items;
    }

    public string Describe(string role) => RoleNames.Describe(role);

    public sealed record OpenRound(string Name, DateOnly Closes);

    public sealed record Me(string DisplayName, string Organisation);
}

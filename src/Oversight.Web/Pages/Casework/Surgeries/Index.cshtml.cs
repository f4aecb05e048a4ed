using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Surgeries;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Surgeries;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(PublicSurgeries surgeries) : FormPageModel
{
    private static readonly IReadOnlyList<(bool Upcoming, string Slug, string Label)> Whens =
    [
        (true, "upcoming", "Today or later"),
        (false, "past", "Before today"),
    ];

    private static readonly IReadOnlyList<(bool Online, string Slug, string Label)> Ways =
    [
        (false, "in-person", "In person"),
        (true, "online", "Online"),
    ];

    [FromQuery(Name = "when")]
    public string? When { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "how")]
    public string? How { get; set; }

    public ListPage<SurgeryRow> Surgeries { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? StartsAt { get; set; } = "10:00";

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public bool Online { get; set; }

    [BindProperty]
    public string? Slots { get; set; } = "8";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var upcoming = Whens.Where(w => w.Slug == When).Select(w => (bool?)w.Upcoming).FirstOrDefault();
        var online = Ways.Where(w => w.Slug == How).Select(w => (bool?)w.Online).FirstOrDefault();
        int? year = int.TryParse(Year, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var asked = ListView.Read(Request);
        Surgeries = await surgeries.SearchAsync(new SurgeryFilters(upcoming, year, online), asked, cancellationToken);
        var years = await surgeries.YearsAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, PublicSurgeries.Sorts, Surgeries), "Search by place",
        [
            new ListFilter("when", "When", Whens.Select(w => new Choice(w.Slug, w.Label)).ToList(), When),
            new ListFilter("year", "Year", years.Select(v => new Choice(v.ToString(CultureInfo.InvariantCulture), FinancialYear.Label(v))).ToList(), Year),
            new ListFilter("how", "In person or online", Ways.Select(w => new Choice(w.Slug, w.Label)).ToList(), How),
        ]);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var on = CaseworkForm.Required(ModelState, nameof(On), On, "the date of the surgery");
        if (!TimeOnly.TryParseExact(StartsAt?.Trim(), "H:mm", CaseworkForm.English, System.Globalization.DateTimeStyles.None, out var starts))
        {
            ModelState.AddModelError(nameof(StartsAt), "Enter the start time like 10:00");
        }

        if (!int.TryParse(Slots, System.Globalization.NumberStyles.None, CaseworkForm.English, out var slots))
        {
            ModelState.AddModelError(nameof(Slots), "Enter the number of slots as a whole number, like 8");
        }

        if (ModelState.IsValid)
        {
            var (id, errors) = await surgeries.CreateAsync(on!.Value, Place, Online, starts, slots, cancellationToken);
            if (id is not null)
            {
                return Redirect($"/casework/surgeries/{id}");
            }

            ModelState.AddErrors(errors);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}

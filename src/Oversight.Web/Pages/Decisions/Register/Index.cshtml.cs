using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Decisions;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Decisions;
using Oversight.Web.Components;
using Oversight.Web.Lists;

namespace Oversight.Web.Pages.Decisions.Register;

/// The public register of significant decisions (Specified Information Order) on the shared list tool: searched by
/// words, filtered by year and kind, sorted and paged.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class IndexModel(DecisionRegister register) : FormPageModel
{
    /// The financial year written "2024-25", as links to the register have always carried it.
    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "kind")]
    public DecisionType? Kind { get; set; }

    public ListPage<PublicNotice> Results { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public SchemeOfDelegation Scheme => register.Scheme;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = ListView.Read(Request);
        Results = await register.SearchAsync(Year?.Trim(), Kind, asked, cancellationToken);
        var years = await register.YearsAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, DecisionRegister.Sorts, Results), "Search by reference, title or decision maker",
        [
            new ListFilter("year", "Financial year", years.Select(y => new Choice(FinancialYear.Name(y), FinancialYear.Label(y))).ToList(), Year),
            new ListFilter("kind", "Kind of decision", Scheme.Decisions.Where(d => d.Significant).Select(r => new Choice(r.Type.ToString(), r.Name)).ToList(), Kind?.ToString()),
        ]);
    }
}

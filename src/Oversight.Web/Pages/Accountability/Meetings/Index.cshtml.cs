using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

/// The office's meetings for a financial year on the shared list tool: searched, filtered by body, sorted and paged,
/// with the year's counts by heading above.
[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, Core.Accountability.Meetings.Meetings meetings, MeetingActions actions, Core.Accountability.Bodies.Bodies bodies) : AccountabilityPageModel(current)
{
    [FromQuery(Name = "year")]
    public string? AskedYear { get; set; }

    [FromQuery(Name = "body")]
    public string? Body { get; set; }

    public string Year { get; private set; } = "";

    /// The year as people write it, "2024/25".
    public string YearLabel => FinancialYear.Parse(Year) is { } range ? FinancialYear.Label(range.Start.Year) : Year;

    public int Overdue { get; private set; }

    public ListPage<Meeting> List { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        Year = ReportingPeriodParser.FinancialYear(AskedYear)?.Text ?? await meetings.LatestYearAsync(actions.Today, cancellationToken);
        // The years with meetings, and the one shown, so the filter always holds the year on the page.
        var years = (await meetings.YearsAsync(cancellationToken)).Append(Year).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal);
        Overdue = (await actions.OverdueAsync(cancellationToken)).Count;
        var asked = ListView.Read(Request);
        List = await meetings.SearchAsync(Year, Body, asked, cancellationToken);
        Counts = await meetings.CountsAsync(Year, cancellationToken);
        var all = await bodies.ListAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, Core.Accountability.Meetings.Meetings.Sorts, List), "Search by title, theme or body",
        [
            new ListFilter("year", "Financial year", years.Select(y => new Choice(y, FinancialYear.Label(FinancialYear.Parse(y)!.Value.Start.Year))).ToList(), Year, Blank: null),
            new ListFilter("body", "Body", all.Select(b => new Choice(b.Key, b.Name)).ToList(), Body),
        ]);
    }
}

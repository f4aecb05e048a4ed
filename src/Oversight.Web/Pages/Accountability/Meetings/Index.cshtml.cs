using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Domain.Performance.Periods;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, Core.Accountability.Meetings.Meetings meetings, MeetingActions actions) : AccountabilityPageModel(current)
{
    public string Year { get; private set; } = "";

    /// The years to choose from: those with meetings, and the one shown.
    public IReadOnlyList<string> Years { get; private set; } = [];

    public int Overdue { get; private set; }

    public IReadOnlyList<Meeting> List { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        Year = ReportingPeriodParser.FinancialYear(year)?.Text ?? await meetings.LatestYearAsync(actions.Today, cancellationToken);
        Years = [.. (await meetings.YearsAsync(cancellationToken)).Append(Year).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal)];
        Overdue = (await actions.OverdueAsync(cancellationToken)).Count;
        List = await meetings.ListAsync(Year, cancellationToken);
        Counts = await meetings.CountsAsync(Year, cancellationToken);
    }
}

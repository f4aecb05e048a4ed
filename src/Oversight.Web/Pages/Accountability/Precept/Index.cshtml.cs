using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accountability.Precept;
using Oversight.Domain.Accountability.Precept;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Precept;

/// A year's precept table against the year before, and what a proposed increase on it would yield.
[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, PreceptRecords records) : AccountabilityPageModel(current)
{
    public IReadOnlyList<PreceptRecord> Years { get; private set; } = [];

    public PreceptRecord? Selected { get; private set; }

    public IReadOnlyList<PreceptLine>? Table { get; private set; }

    public string? Pounds { get; private set; }

    public string? Percent { get; private set; }

    public PreceptYear? Proposal { get; private set; }

    public IReadOnlyList<PreceptLine>? ProposalTable { get; private set; }

    public async Task OnGetAsync(string? year, string? pounds, string? percent, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        Years = await records.ListAsync(cancellationToken);
        Selected = Years.FirstOrDefault(y => y.Year == year) ?? (Years.Count > 0 ? Years[0] : null);
        if (Selected is null)
        {
            return;
        }

        Table = await records.TableAsync(Selected.Year, cancellationToken);
        (Pounds, Percent) = (pounds?.Trim(), percent?.Trim());
        var hasPounds = !string.IsNullOrEmpty(Pounds);
        var hasPercent = !string.IsNullOrEmpty(Percent);
        if (!hasPounds && !hasPercent)
        {
            return;
        }

        if (hasPounds == hasPercent)
        {
            ModelState.AddModelError("pounds", "Enter either an increase in pounds on Band D or a percentage, not both");
            return;
        }

        if (!decimal.TryParse(hasPounds ? Pounds!.TrimStart('£') : Percent!.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            ModelState.AddModelError(hasPounds ? "pounds" : "percent", hasPounds ? "Increase in pounds must be a number, like 13 or 13.50" : "Percentage must be a number, like 5.5");
            return;
        }

        var current = PreceptRecords.ToYear(Selected);
        Proposal = hasPounds
            ? PreceptTable.Propose(current, "Proposal", poundsOnBandD: amount)
            : PreceptTable.Propose(current, "Proposal", percent: amount);
        ProposalTable = PreceptTable.Compare(current, Proposal);
    }

    public static string Money(decimal value) => value.ToString("£#,##0.00", CultureInfo.GetCultureInfo("en-GB"));
}

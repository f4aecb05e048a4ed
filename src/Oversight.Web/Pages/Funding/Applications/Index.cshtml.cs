using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Lists;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Applications;

/// Every submitted bid for the grants team, on the shared list tool.
[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(BidList bids, ConflictsOfInterest conflicts, CurrentUser current) : FormPageModel
{
    public static readonly IReadOnlyList<(BidStage Stage, string Slug, string Label)> Stages =
    [
        (BidStage.AwaitingAssessment, "awaiting-assessment", "Awaiting assessment or moderation"),
        (BidStage.Moderated, "moderated", "Moderated, awaiting decision"),
        (BidStage.Approved, "approved", "Approved"),
        (BidStage.NotApproved, "not-approved", "Not approved"),
        (BidStage.Withdrawn, "withdrawn", "Withdrawn"),
    ];

    [FromQuery(Name = "stage")]
    public string? Stage { get; set; }

    [FromQuery(Name = "round")]
    public string? Round { get; set; }

    [FromQuery(Name = "district")]
    public string? District { get; set; }

    public ListPage<BidRow> Bids { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stage = Stages.Where(s => s.Slug == Stage).Select(s => (BidStage?)s.Stage).FirstOrDefault();
        Guid? round = Guid.TryParse(Round, out var r) ? r : null;
        var barred = await conflicts.BarredAsync((await current.GetAsync(cancellationToken)).Id, cancellationToken);
        var asked = ListView.Read(Request);
        Bids = await bids.SearchAsync(new BidFilters(stage, round, District), barred, asked, cancellationToken);
        var rounds = await bids.RoundsAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, BidList.Sorts, Bids), "Search by reference, project or organisation",
        [
            new ListFilter("stage", "Stage", Stages.Select(s => new Choice(s.Slug, s.Label)).ToList(), Stage),
            new ListFilter("round", "Round", rounds.Select(x => new Choice(x.Id.ToString(), x.Name)).ToList(), Round),
            new ListFilter("district", "District", Districts.All.Select(d => new Choice(d, d)).ToList(), District),
        ]);
    }

    public static string Submitted(DateTimeOffset? at) =>
        at is { } when ? Oversight.Domain.UkTime.DateOf(when).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : "";
}

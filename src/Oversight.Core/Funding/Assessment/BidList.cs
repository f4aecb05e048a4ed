using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Lists;

namespace Oversight.Core.Funding.Assessment;

/// Where a submitted bid has got to, as the office's list filters it.
public enum BidStage
{
    AwaitingAssessment,
    Moderated,
    Approved,
    NotApproved,
    Withdrawn,
}

public sealed record BidFilters(BidStage? Stage = null, Guid? RoundId = null, string? District = null);

/// One bid on the office's list; the title and organisation are null where the person has a conflict with it (or has
/// yet to declare), as on the panel page.
public sealed record BidRow(Guid Id, string Reference, string? ProjectTitle, string? Organisation, string District, string Round,
    ApplicationStatus Status, bool Moderated, decimal Amount, DateTimeOffset? SubmittedAt);

/// Every submitted bid, for the grants team: searched, filtered, sorted and paged in the database. Drafts stay the
/// applicant's until submitted.
public sealed class BidList(OversightDbContext db)
{
    /// The list's columns; the same for everyone, since a hidden bid sorts as if its title and organisation were blank.
    public static ListSorts<FundingApplication> Sorts { get; } = SortsHiding([]);

    /// Bids matching the words (reference for any bid; title and organisation only for bids the person may see).
    public async Task<ListPage<BidRow>> SearchAsync(BidFilters filters, IReadOnlySet<Guid> barred, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(barred);
        ArgumentNullException.ThrowIfNull(request);
        var hidden = barred.ToList();
        var rows = db.FundingApplications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft);
        // A bid the person is barred from is found by its reference only, so a search cannot reveal its details.
        rows = rows.Matching(request, a => a.Reference, a => hidden.Contains(a.Id) ? null : a.ProjectTitle, a => hidden.Contains(a.Id) ? null : a.ApplicantOrganisation!.Name);

        rows = filters.Stage switch
        {
            BidStage.AwaitingAssessment => rows.Where(a => a.Status == ApplicationStatus.Submitted && a.ModeratedScore == null),
            BidStage.Moderated => rows.Where(a => a.Status == ApplicationStatus.Submitted && a.ModeratedScore != null),
            BidStage.Approved => rows.Where(a => a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.ApprovedReduced),
            BidStage.NotApproved => rows.Where(a => a.Status == ApplicationStatus.Rejected),
            BidStage.Withdrawn => rows.Where(a => a.Status == ApplicationStatus.Withdrawn),
            _ => rows,
        };
        if (filters.RoundId is { } round)
        {
            rows = rows.Where(a => a.RoundId == round);
        }

        if (!string.IsNullOrEmpty(filters.District))
        {
            rows = rows.Where(a => a.District == filters.District);
        }

        var sorts = barred.Count == 0 ? Sorts : SortsHiding(hidden);
        var page = await rows.Include(a => a.ApplicantOrganisation).Include(a => a.Round).PageAsync(sorts, request, cancellationToken);
        return new ListPage<BidRow>(
            page.Rows.Select(a => new BidRow(a.Id, a.Reference, barred.Contains(a.Id) ? null : a.ProjectTitle, barred.Contains(a.Id) ? null : a.ApplicantOrganisation?.Name,
                a.District, a.Round?.Name ?? "", a.Status, a.ModeratedScore is not null, a.Amount, a.SubmittedAt)).ToList(),
            page.Page, page.PageCount, page.Total);
    }

    /// The rounds that have bids, for the list's filter.
    public async Task<IReadOnlyList<(Guid Id, string Name)>> RoundsAsync(CancellationToken cancellationToken) =>
        (await db.FundingRounds.AsNoTracking().OrderByDescending(r => r.Opens).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, r.Name)).ToList();

    // Sorting by title or organisation would place a hidden bid among the others by its hidden words; hidden bids
    // sort as if those were blank.
    private static ListSorts<FundingApplication> SortsHiding(List<Guid> hidden) => new ListSorts<FundingApplication>()
        .Add("submitted", a => a.SubmittedAt)
        .Add("reference", a => a.Reference)
        .Add("title", a => hidden.Contains(a.Id) ? "" : a.ProjectTitle)
        .Add("organisation", a => hidden.Contains(a.Id) ? "" : a.ApplicantOrganisation!.Name)
        .Add("round", a => a.Round!.Name)
        .Default("submitted", descending: true)
        .ThenBy(a => a.Reference);
}

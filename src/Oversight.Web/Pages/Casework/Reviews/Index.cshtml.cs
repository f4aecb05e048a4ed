using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(ComplaintReviews reviews) : FormPageModel
{
    private static readonly IReadOnlyList<(ReviewListStatus Status, string Slug, string Label)> Statuses =
    [
        (ReviewListStatus.Open, "open", "Open"),
        (ReviewListStatus.Overdue, "overdue", "Open and overdue"),
        (ReviewListStatus.Decided, "decided", "Decided"),
        (ReviewListStatus.ForwardedToIopc, "forwarded", "Forwarded to the IOPC"),
    ];

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "reviewer")]
    public string? Reviewer { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    public ListPage<ComplaintReview> Reviews { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public (int Open, int Overdue) Counts { get; private set; }

    public DateOnly Today => reviews.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Statuses.FirstOrDefault(s => s.Slug == Status).Status;
        int? year = int.TryParse(Year, out var y) ? y : null;
        var asked = ListView.Read(Request);
        Reviews = await reviews.SearchAsync(new ReviewFilters(status, Reviewer, year), asked, cancellationToken);
        Counts = await reviews.OpenCountsAsync(cancellationToken);
        var reviewers = await reviews.ReviewersAsync(cancellationToken);
        var years = await reviews.YearsAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, ComplaintReviews.Sorts, Reviews), "Search by reference, applicant or force reference",
        [
            new ListFilter("status", "Status", Statuses.Select(s => new Choice(s.Slug, s.Label)).ToList(), Status),
            new ListFilter("reviewer", "Reviewer", [new Choice(ReviewFilters.Unassigned, "Unassigned"), .. reviewers.Select(r => new Choice(r, r))], Reviewer),
            new ListFilter("year", "Year received", years.Select(v => new Choice(v.ToString(System.Globalization.CultureInfo.InvariantCulture), FinancialYear.Label(v))).ToList(), Year),
        ]);
    }
}

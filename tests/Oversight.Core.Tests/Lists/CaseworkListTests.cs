using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Lists;
using Oversight.Core.Tests.Casework;

namespace Oversight.Core.Tests.Lists;

/// The shared list tool on a real database of each provider: search ignoring case, filters, sort and paging all
/// done in the query. Each test gives its people a surname of its own and searches by it, so tests sharing the
/// database do not see each other's rows.
public abstract class CaseworkListTests(CaseworkHost host)
{
    [Fact]
    public async Task Reviews_Search_MatchesNameOrReferenceIgnoringCase()
    {
        var quill = CaseRecords.Review("Ann Quillfeather", null, new DateOnly(2026, 10, 1), decided: null);
        var other = CaseRecords.Review("Ben Stonewright", null, new DateOnly(2026, 10, 2), decided: null);
        await AddAsync(quill, other);

        var byName = await ReviewsAsync(new ReviewFilters(), new ListRequest("QUILLfeather"));
        var byReference = await ReviewsAsync(new ReviewFilters(), new ListRequest(" " + other.Reference.ToLowerInvariant() + " "));

        Assert.Equal(["Ann Quillfeather"], byName.Rows.Select(r => r.Applicant!.Name));
        Assert.Equal([other.Id], byReference.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Reviews_Filters_ByStatusOverdueAndYear()
    {
        var overdue = CaseRecords.Review("Cat Filterby", null, new DateOnly(2026, 9, 1), decided: null); // due 27 October
        var onTime = CaseRecords.Review("Dan Filterby", null, new DateOnly(2026, 11, 20), decided: null);
        var decided = CaseRecords.Review("Eve Filterby", null, new DateOnly(2025, 6, 2), decided: new DateOnly(2025, 7, 1));
        await AddAsync(overdue, onTime, decided);
        var words = new ListRequest("filterby");

        Assert.Equal(["Cat Filterby", "Dan Filterby"], Names(await ReviewsAsync(new ReviewFilters(ReviewListStatus.Open), words with { Sort = "applicant" })));
        Assert.Equal(["Cat Filterby"], Names(await ReviewsAsync(new ReviewFilters(ReviewListStatus.Overdue), words)));
        Assert.Equal(["Eve Filterby"], Names(await ReviewsAsync(new ReviewFilters(ReviewListStatus.Decided), words)));
        Assert.Equal(["Eve Filterby"], Names(await ReviewsAsync(new ReviewFilters(Year: 2025), words)));
        Assert.Empty(Names(await ReviewsAsync(new ReviewFilters(ReviewListStatus.ForwardedToIopc), words)));
    }

    [Fact]
    public async Task Reviews_SortAndPage_InTheDatabase()
    {
        // 30 applicants, Gil Pager 00 to 29, received on days out of name order.
        var reviews = Enumerable.Range(0, 30).Select(i => CaseRecords.Review($"Gil Pager {i:D2}", null, new DateOnly(2026, 1, 1).AddDays((i * 7) % 30), decided: null)).ToArray();
        await AddAsync(reviews);

        var second = await ReviewsAsync(new ReviewFilters(), new ListRequest("pager", "applicant", Page: 2));
        var descending = await ReviewsAsync(new ReviewFilters(), new ListRequest("pager", "applicant", Descending: true));
        var pastTheEnd = await ReviewsAsync(new ReviewFilters(), new ListRequest("pager", "applicant", Page: 9));
        var byReceived = await ReviewsAsync(new ReviewFilters(), new ListRequest("pager", "received"));
        var unknownColumn = await ReviewsAsync(new ReviewFilters(), new ListRequest("pager", "Rationale"));

        Assert.Equal((2, 2, 30), (second.Page, second.PageCount, second.Total));
        Assert.Equal(Enumerable.Range(25, 5).Select(i => $"Gil Pager {i:D2}"), Names(second));
        Assert.Equal(ListRequest.PageSize, descending.Rows.Count);
        Assert.Equal("Gil Pager 29", descending.Rows[0].Applicant!.Name);
        Assert.Equal(2, pastTheEnd.Page);
        Assert.Equal(byReceived.Rows.Select(r => r.ReceivedOn).Order(), byReceived.Rows.Select(r => r.ReceivedOn));
        Assert.Equal(new DateOnly(2026, 1, 1), byReceived.Rows[0].ReceivedOn);
        Assert.Equal(new DateOnly(2026, 1, 30), unknownColumn.Rows[0].ReceivedOn); // the default, newest first
    }

    [Fact]
    public async Task Enquiries_SearchFilterSortAndPage()
    {
        var enquiries = Enumerable.Range(0, 27).Select(i => CaseRecords.Enquiry($"Hal Queuer {i:D2}", null, new DateOnly(2026, 11, 2).AddDays(i % 9), closed: null)).ToArray();
        enquiries[3].Category = "Anti-social behaviour";
        await AddAsync(enquiries);

        var byName = await QueueAsync(null, new ListRequest("hal QUEUER", "name", Descending: true));
        var page2 = await QueueAsync(null, new ListRequest("queuer", "name", Page: 2));
        var byCategory = await QueueAsync("Anti-social behaviour", new ListRequest("queuer"));
        var byDue = await QueueAsync(null, new ListRequest("queuer"));

        Assert.Equal((27, 2), (byName.Total, byName.PageCount));
        Assert.Equal("Hal Queuer 26", byName.Rows[0].Name);
        Assert.Equal(["Hal Queuer 25", "Hal Queuer 26"], page2.Rows.Select(r => r.Name));
        Assert.Equal(["Hal Queuer 03"], byCategory.Rows.Select(r => r.Name));
        Assert.Equal(byDue.Rows.Select(r => r.DueOn).Order(), byDue.Rows.Select(r => r.DueOn));
    }

    private static List<string> Names(ListPage<ComplaintReview> page) => page.Rows.Select(r => r.Applicant!.Name).ToList();

    private Task<int> AddAsync(params object[] records) => host.WithDbAsync(db =>
    {
        db.AddRange(records);
        return db.SaveChangesAsync();
    });

    private Task<ListPage<ComplaintReview>> ReviewsAsync(ReviewFilters filters, ListRequest request) =>
        host.WithAsync(sp => sp.GetRequiredService<ComplaintReviews>().SearchAsync(filters, request, CancellationToken.None));

    private Task<ListPage<EnquiryRow>> QueueAsync(string? category, ListRequest request) =>
        host.WithAsync(sp => sp.GetRequiredService<PublicEnquiries>().QueueAsync(EnquiryQueue.Unassigned, null, category, request, CancellationToken.None));
}

public sealed class CaseworkListTestsOnSqlite(SqliteCaseworkHost host) : CaseworkListTests(host), IClassFixture<SqliteCaseworkHost>;

public sealed class CaseworkListTestsOnPostgres(PostgresCaseworkHost host) : CaseworkListTests(host), IClassFixture<PostgresCaseworkHost>;

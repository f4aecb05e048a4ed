using System.Globalization;
using System.Net;
using Oversight.Core.Casework;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Casework;

/// The public application for a review of a complaint outcome, on a clock fixed at Monday 1 February 2027: it opens a
/// review case file, works out the 28 days from the date given, and shows only the reference back.
public sealed class ApplyForReviewTests(SqliteClockHost host) : IClassFixture<SqliteClockHost>
{
    private static readonly DateOnly Today = new(2027, 2, 1);

    [Fact]
    public async Task Apply_InTime_OpensAReviewAndShowsTheReferenceAndDates()
    {
        var member = Visitor();

        var sent = await member.PostFormAsync("/complaint-reviews/apply", Form("Robin Applyform", Today.AddDays(-10)));
        var page = await sent.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var reference = page.Text("reference");
        Assert.StartsWith("CR-", reference, StringComparison.Ordinal);
        Assert.Contains("within the 28 days, which ended on 19 February 2027", page.Text("time-limit"), StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Applyform", page.Body!.TextContent, StringComparison.Ordinal);
        var review = (await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.Reference == reference))).Single();
        Assert.Equal((ContactChannel.WebForm, Today, "West Yorkshire Police", "CO/123/26"), (review.Channel, review.ReceivedOn, review.AppropriateAuthority, review.ForceReference));
        Assert.Equal(Today.AddDays(-10), review.OutcomeGivenOn);
    }

    [Fact]
    public async Task Apply_OutOfTime_IsStillRecordedAndSaysSo()
    {
        var sent = await Visitor().PostFormAsync("/complaint-reviews/apply", Form("Sam Latecomer", Today.AddDays(-40)));

        var page = await sent.GetDocumentAsync();
        Assert.Contains("The 28 days to apply ended on 20 January 2027", page.Text("time-limit"), StringComparison.Ordinal);
        Assert.Single(await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.Applicant!.Name == "Sam Latecomer")));
    }

    [Fact]
    public async Task Apply_Incomplete_ListsEveryProblemInPageOrderAndSavesNothing()
    {
        var form = Form("", Today);
        form["ApplicantEmail"] = "";
        form["ForceReference"] = "";
        form["ComplaintSummary"] = "";
        form["OutcomeGivenOn.Day"] = "";

        var sent = await Visitor().PostFormAsync("/complaint-reviews/apply", form);

        var page = await sent.GetDocumentAsync();
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#ApplicantName", "#ApplicantEmail", "#ForceReference", "#OutcomeGivenOn", "#ComplaintSummary"], links.Select(l => l!.Split('-')[0]));
        Assert.Empty(await host.QueryAsync(db => db.ComplaintReviews.Where(r => r.ForceReference == "")));
    }

    private HttpClient Visitor()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return host.Factory.CreateBrowserlessClient();
    }

    private static Dictionary<string, string> Form(string name, DateOnly outcome) => new()
    {
        ["ApplicantName"] = name,
        ["ApplicantEmail"] = "applicant@example.test",
        ["ApplicantPhone"] = "",
        ["ApplicantAddress"] = "",
        ["ForceReference"] = "CO/123/26",
        ["OutcomeGivenOn.Day"] = outcome.Day.ToString(CultureInfo.InvariantCulture),
        ["OutcomeGivenOn.Month"] = outcome.Month.ToString(CultureInfo.InvariantCulture),
        ["OutcomeGivenOn.Year"] = outcome.Year.ToString(CultureInfo.InvariantCulture),
        ["ComplaintSummary"] = "The officer was rude and the outcome ignored the body-worn video.",
    };
}

using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// An applicant's way to a draft or a submitted application, through the pages.
internal static class ApplicantSteps
{
    public const string Title = "Harehills youth boxing";

    public static readonly byte[] Constitution = "%PDF-1.4 constitution\n%%EOF\n"u8.ToArray();

    /// A new applicant organisation with a saved, eligible draft in a new open round.
    public static async Task<(HttpClient Applicant, Guid Id)> DraftAsync(this HostFixture host)
    {
        var round = await host.CreateOpenRoundAsync();
        var applicant = await host.SignedInClientAsync(Roles.Applicant);
        var profile = Form(("Name", "Gipton Boxing " + Guid.NewGuid().ToString("N")[..6]), ("Type", "Voluntary"), ("CharityNumber", "1012345"), ("CompanyNumber", ""), ("District", "Leeds"));
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync("/funding/apply/organisation", profile)).StatusCode);
        var started = await applicant.PostFormAsync("/funding/apply", Form(("roundId", round.Id.ToString())));
        var id = FundingSteps.IdFrom(started.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostFormAsync($"/funding/apply/applications/{id}", Bid("save"))).StatusCode);
        return (applicant, id);
    }

    /// As DraftAsync, with a constitution uploaded, then submitted.
    public static async Task<(HttpClient Applicant, Guid Id)> SubmittedAsync(this HostFixture host)
    {
        var (applicant, id) = await host.DraftAsync();
        var uploaded = await applicant.PostMultipartFormAsync($"/funding/apply/applications/{id}/documents", ("Kind", "constitution"), "constitution.pdf", Constitution);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var submitted = await applicant.PostFormAsync($"/funding/apply/applications/{id}", Bid("submit"));
        Assert.Equal($"/funding/apply/applications/{id}/submitted", submitted.Headers.Location?.ToString());
        return (applicant, id);
    }

    public static Dictionary<string, string> Bid(string action) => Form(
        ("Action", action), ("StrandCode", "standard"), ("ProjectTitle", Title), ("Summary", "Boxing sessions for young people at risk of exploitation"),
        ("District", "Leeds"), ("Wards", "Gipton and Harehills"), ("Amount", "20000"), ("PeopleExpected", "120"),
        ("Priorities", "keeping-people-safe"), ("Themes", "men-and-boys"),
        ("BudgetItem[0]", "Coaches"), ("BudgetAmount[0]", "20000"),
        ("OutcomeDescription[0]", "Young people feel safer"), ("OutcomeIndicator[0]", "Survey at start and end"));

    public static Dictionary<string, string> Form(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);
}

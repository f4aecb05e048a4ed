using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Engagement;
using Oversight.Domain.Engagement;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Engagement;

/// Steps of the engagement journeys, driven through the pages as a browser would.
public static class EngagementClient
{
    /// Creates a consultation with a unique slug through the form and returns the slug.
    public static async Task<string> NewConsultationAsync(this HttpClient client)
    {
        var slug = "test-" + Guid.NewGuid().ToString("N")[..12];
        var response = await client.PostFormAsync("/engagement/consultations/new", new Dictionary<string, string>
        {
            ["Title"] = "Test consultation " + slug,
            ["Slug"] = slug,
            ["Purpose"] = "Plan",
            ["Channels"] = "OnlineSurvey",
            ["OpensOn.Day"] = "1",
            ["OpensOn.Month"] = "7",
            ["OpensOn.Year"] = "2024",
            ["ClosesOn.Day"] = "31",
            ["ClosesOn.Month"] = "10",
            ["ClosesOn.Year"] = "2024",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return slug;
    }

    public static async Task AddQuestionAsync(this HttpClient client, string slug, string key, string text, QuestionKind kind, string options = "")
    {
        var response = await client.PostFormAsync($"/engagement/consultations/{slug}/questions/new", new Dictionary<string, string>
        {
            ["Key"] = key,
            ["Text"] = text,
            ["Kind"] = kind.ToString(),
            ["Options"] = options,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    /// Posts a page's form to one of its handlers with the antiforgery token from the page itself.
    public static async Task<HttpResponseMessage> PostHandlerAsync(this HttpClient client, string url, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = HttpClientExtensions.FormToken(page, url, $"{url}?handler={handler}")
            ?? throw new InvalidOperationException($"{url} has no form for {handler} with an antiforgery token");
        using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync($"{url}?handler={handler}", form);
    }

    public static async Task<IHtmlDocument> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.GetDocumentAsync();
    }

    public static async Task<List<Respondent>> RespondentsAsync(this HostFixture host, string slug)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var id = await db.Consultations.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
        return await db.Respondents.Where(r => r.ConsultationId == id).OrderBy(r => r.Line).ToListAsync();
    }
}

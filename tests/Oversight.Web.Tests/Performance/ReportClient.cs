using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Drives the quarterly report pages as a browser would: a token from the report page, then a post to a handler.
public static class ReportClient
{
    public static async Task<Guid> CreateAsync(HttpClient analyst, string quarter)
    {
        var response = await analyst.PostFormAsync("/performance/reports", new Dictionary<string, string> { ["Quarter"] = quarter });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        // Publishing asks for confirmation first: the form that publishes is on the confirmation page.
        var pageUrl = handler == "publish" ? $"/performance/reports/{id}?confirm-publish=1" : $"/performance/reports/{id}";
        var page = await (await client.GetAsync(pageUrl)).GetDocumentAsync();
        var token = HttpClientExtensions.FormToken(page, $"/performance/reports/{id}", $"/performance/reports/{id}?handler={handler}")
            ?? throw new InvalidOperationException($"Report {id} has no form for {handler} with an antiforgery token");
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync($"/performance/reports/{id}?handler={handler}", new FormUrlEncodedContent(form));
    }

    /// Takes a new draft all the way to published, each step by the role allowed to take it.
    public static async Task<Guid> PublishNewAsync(HostFixture host, string quarter)
    {
        ArgumentNullException.ThrowIfNull(host);
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var leadership = await host.ClientForRoleAsync(Roles.Leadership);
        var id = await CreateAsync(analyst, quarter);
        await PassAsync(analyst, id, "submit");
        await PassAsync(leadership, id, "approve");
        await PassAsync(leadership, id, "publish");
        return id;
    }

    public static async Task PassAsync(HttpClient client, Guid id, string handler, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (handler == "submit")
        {
            await ExplainMissingAsync(client, id);
        }

        var response = await PostAsync(client, id, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} on {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// Records a reason for every measure the draft says has no value for its quarter, as an analyst must before submitting.
    public static async Task ExplainMissingAsync(HttpClient analyst, Guid id)
    {
        ArgumentNullException.ThrowIfNull(analyst);
        var page = await (await analyst.GetAsync($"/performance/reports/{id}")).GetDocumentAsync();
        var reasons = page.QuerySelectorAll("textarea[name^='Missing[']").ToDictionary(t => t.GetAttribute("name")!, _ => "The return was not received in time");
        if (reasons.Count > 0)
        {
            var saved = await PostAsync(analyst, id, "save", reasons);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
    }
}

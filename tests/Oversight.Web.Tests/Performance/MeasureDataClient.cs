using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// The steps the measure data tests take through the pages, and what they read back from the database.
public static class MeasureDataClient
{
    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    public static async Task<Guid> UploadAsync(this HttpClient client, string measureId, string fileName, byte[] content)
    {
        var response = await client.PostFileAsync($"/data/measures/{measureId}/upload", "DataFile", fileName, content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var errors = (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent;
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {errors}");
        }

        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task<IHtmlDocument> PreviewAsync(this HttpClient client, Guid uploadId) =>
        await (await client.GetAsync($"/data/uploads/{uploadId}")).GetDocumentAsync();

    public static Task<HttpResponseMessage> CommitAsync(this HttpClient client, Guid uploadId) =>
        client.PostFormAsync($"/data/uploads/{uploadId}?handler=commit", new Dictionary<string, string>());

    public static Task<HttpResponseMessage> DiscardAsync(this HttpClient client, Guid uploadId) =>
        client.PostFormAsync($"/data/uploads/{uploadId}?handler=discard", new Dictionary<string, string>());

    public static async Task UploadAndCommitAsync(this HttpClient client, string measureId, string fileName, byte[] content)
    {
        var id = await client.UploadAsync(measureId, fileName, content);
        var response = await client.CommitAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<HttpResponseMessage> EnterValueAsync(this HttpClient client, string measureId, string period, string area, string value,
        string numerator = "", string denominator = "", string notes = "") =>
        client.PostFormAsync($"/data/measures/{measureId}/values/new", new Dictionary<string, string>
        {
            ["Period"] = period,
            ["Area"] = area,
            ["Value"] = value,
            ["Numerator"] = numerator,
            ["Denominator"] = denominator,
            ["Notes"] = notes,
        });

    /// Every version of the values held for a measure and period, oldest first.
    public static Task<List<Observation>> ObservationsAsync(this HostFixture host, string measureId, string period) =>
        host.QueryAsync(db => db.Observations.Where(o => o.MeasureId == measureId && o.Period == period).OrderBy(o => o.Area).ThenBy(o => o.Version));
}

using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Oversight.TestCommon;

public static class HttpClientExtensions
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    /// Posts a form the way a browser would: fetches the page for its antiforgery token, then submits.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        var document = await page.GetDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token (status {(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// Uploads a file the way a browser would: fetches the page for its antiforgery token, then posts multipart form data.
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, string field, string fileName, byte[] content)
    {
        var page = await client.GetAsync(url);
        var document = await page.GetDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token (status {(int)page.StatusCode})");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await client.PostAsync(url, form);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}

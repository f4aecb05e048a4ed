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

    /// Posts a multipart form with files, with the antiforgery token taken from the page.
    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string url, IDictionary<string, string> fields, params (string Field, string Path)[] files)
    {
        var document = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (field, path) in files)
        {
            content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), field, System.IO.Path.GetFileName(path));
        }

        return await client.PostAsync(url, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}

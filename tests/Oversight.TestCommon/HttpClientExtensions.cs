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

    /// Posts a multipart form with files on disk, with the antiforgery token taken from the page.
    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string url, IDictionary<string, string> fields, params (string Field, string Path)[] files)
    {
        var contents = new List<(string, string, byte[])>();
        foreach (var (field, path) in files)
        {
            contents.Add((field, System.IO.Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        }

        return await client.PostMultipartAsync(url, fields, contents);
    }

    /// Uploads a file the way a browser would: fetches the page for its antiforgery token, then posts multipart form data.
    public static Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, string field, string fileName, byte[] content) =>
        client.PostMultipartAsync(url, new Dictionary<string, string>(), [(field, fileName, content)]);

    private static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string url, IDictionary<string, string> fields, List<(string Field, string FileName, byte[] Content)> files)
    {
        var page = await client.GetAsync(url);
        var document = await page.GetDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token (status {(int)page.StatusCode})");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (field, fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, fileName);
        }

        return await client.PostAsync(url, form);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}

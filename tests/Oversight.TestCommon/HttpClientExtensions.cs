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

    /// Posts a form the way a browser would: fetches the page showing the form (<paramref name="url"/> unless
    /// <paramref name="from"/> names another), takes the antiforgery token from the form that posts to
    /// <paramref name="url"/>, then submits. A form without its own token fails here, as it would in a browser.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? from = null)
    {
        var token = await client.FormTokenAsync(url, from);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// Posts a form from a page already in hand (one a post answered with, such as search results).
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlDocument page, string pageUrl, string url, IDictionary<string, string> fields)
    {
        var token = FormToken(page, pageUrl, url)
            ?? throw new InvalidOperationException($"{pageUrl} has no form posting to {url} with an antiforgery token");
        return client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    /// Posts what no page offers this user (a form for another role, a record that does not exist), as someone
    /// crafting the request would: with their session's valid antiforgery token, taken from any form on
    /// <paramref name="from"/>, so the test sees the page's own refusal rather than the antiforgery check.
    public static async Task<HttpResponseMessage> PostCraftedFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string from = "/")
    {
        var token = await client.SessionTokenAsync(from);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    /// A crafted multipart post, as <see cref="PostCraftedFormAsync"/>.
    public static async Task<HttpResponseMessage> PostCraftedFileAsync(this HttpClient client, string url, string field, string fileName, byte[] content, string from = "/")
    {
        var token = await client.SessionTokenAsync(from);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(content), field, fileName } };
        return await client.PostAsync(url, form);
    }

    private static async Task<string> SessionTokenAsync(this HttpClient client, string from)
    {
        var page = await client.GetAsync(from);
        return (await page.GetDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{from} has no antiforgery token (status {(int)page.StatusCode})");
    }

    private static async Task<string> FormTokenAsync(this HttpClient client, string url, string? from)
    {
        var page = await client.GetAsync(from ?? url);
        return FormToken(await page.GetDocumentAsync(), from ?? url, url)
            ?? throw new InvalidOperationException($"{from ?? url} has no form posting to {url} with an antiforgery token (status {(int)page.StatusCode})");
    }

    /// The antiforgery token inside the post form on <paramref name="pageUrl"/> whose action is
    /// <paramref name="postUrl"/>, or null when there is no such form or it carries no token. Tokens in other
    /// forms (the sign-out button in the header) are not used.
    public static string? FormToken(IHtmlDocument document, string pageUrl, string postUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var origin = new Uri("http://localhost");
        var page = new Uri(origin, pageUrl);
        var target = new Uri(origin, postUrl);
        // A form posts to its action, or to the page; a submit button's formaction sends it elsewhere.
        var forms = document.QuerySelectorAll("form")
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction"))
                .Prepend(f.GetAttribute("action"))
                .Select(action => (Form: f, Action: string.IsNullOrEmpty(action) ? page : new Uri(page, action))))
            .ToList();
        var form = forms.FirstOrDefault(f => f.Action.PathAndQuery.Equals(target.PathAndQuery, StringComparison.OrdinalIgnoreCase)).Form
            ?? forms.FirstOrDefault(f => f.Action.AbsolutePath.Equals(target.AbsolutePath, StringComparison.OrdinalIgnoreCase)
                && Handler(f.Action) == Handler(target)).Form;
        return form?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }

    private static string? Handler(Uri uri) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue("handler", out var h) ? h.ToString().ToLowerInvariant() : null;

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
        var token = await client.FormTokenAsync(url, null);
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

using System.Globalization;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// Forms with fields that repeat (checkboxes): a value holding U+001F is posted once per part.
internal static class FormFields
{
    public const char Separator = '\u001f';

    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var page = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = HttpClientExtensions.FormToken(page, url, url)
            ?? throw new InvalidOperationException($"{url} has no form with an antiforgery token");
        var pairs = fields.SelectMany(f => f.Value.Split(Separator).Select(v => new KeyValuePair<string, string>(f.Key, v)))
            .Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(pairs);
        return await client.PostAsync(url, content);
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> form, params (string Key, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(form);
        foreach (var (key, value) in changes)
        {
            copy[key] = value;
        }

        return copy;
    }

    public static Dictionary<string, string> Without(this Dictionary<string, string> form, string key)
    {
        var copy = new Dictionary<string, string>(form);
        copy.Remove(key);
        return copy;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

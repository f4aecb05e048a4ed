using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Account;

/// What the sign-in tests share: posting a form many times, timing an answer on the fake clock, reading mail.
internal static partial class AccountForms
{
    /// Fetches the form's antiforgery token once, so later posts are only the post (and can be timed).
    public static async Task<Func<IDictionary<string, string>, Task<HttpResponseMessage>>> FormAsync(HttpClient client, string url)
    {
        var document = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = HttpClientExtensions.FormToken(document, url, url)
            ?? throw new InvalidOperationException($"{url} has no form with an antiforgery token");
        return fields => client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    public static async Task<Func<string, string, Task<HttpResponseMessage>>> SignInFormAsync(HttpClient client)
    {
        var post = await FormAsync(client, "/sign-in");
        return (email, password) => post(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// Moves the fake clock on in steps while the request is unanswered, and says how far it had to move: the
    /// request cannot be answered before the clock passes the time the app holds it for.
    public static async Task<(HttpResponseMessage Response, TimeSpan Held)> HeldAsync(FakeTimeProvider clock, Task<HttpResponseMessage> sending, TimeSpan step)
    {
        var start = clock.GetUtcNow();
        while (!sending.IsCompleted)
        {
            await Task.WhenAny(sending, Task.Delay(50, TestContext.Current.CancellationToken));
            if (!sending.IsCompleted)
            {
                clock.Advance(step);
            }
        }

        return (await sending, clock.GetUtcNow() - start);
    }

    public static async Task<List<OutboxEmail>> OutboxAsync(HostFixture host, string to)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OversightDbContext>().OutboxEmails
            .Where(e => e.To == to).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// The reset link in the latest reset email to the address.
    public static async Task<string> ResetLinkAsync(HostFixture host, string to)
    {
        var mail = (await OutboxAsync(host, to)).Where(e => e.Subject == "Reset your Oversight password").OrderBy(e => e.CreatedAt).Last();
        return ResetLink().Match(mail.Body).Value;
    }

    /// RFC 6238 (SHA-1, 30 s, 6 digits), as an authenticator app computes it from the Base32 key.
    public static string Totp(string base32Key, DateTimeOffset at)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                key.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // SHA-1 is what RFC 6238 and every authenticator app use for these codes.
        var hash = HMACSHA1.HashData(key.ToArray(), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/reset-password\?\S+")]
    private static partial Regex ResetLink();
}

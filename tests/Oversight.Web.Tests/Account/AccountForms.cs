using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applicants;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Account;

/// What the sign-in tests share: posting a form many times, timing an answer on the fake clock, reading mail.
internal static partial class AccountForms
{
    /// Fetches the form's antiforgery token once, so later posts are only the post (and can be timed).
    public static async Task<Func<IDictionary<string, string>, Task<HttpResponseMessage>>> FormAsync(HttpClient client, string url)
    {
        var document = await (await client.GetAsync(url)).GetDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token");
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

    [GeneratedRegex(@"/reset-password\?\S+")]
    private static partial Regex ResetLink();
}

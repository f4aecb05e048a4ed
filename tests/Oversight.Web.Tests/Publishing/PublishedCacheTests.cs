using System.Net;
using System.Net.Http.Headers;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using Oversight.Web.Tests.Performance;

namespace Oversight.Web.Tests.Publishing;

/// Published pages and documents are kept and served again to anonymous visitors, with validators; each test
/// publishes a quarter of its own (financial years no other test uses).
public abstract class PublishedCacheTests(HostFixture host)
{
    [Theory]
    [InlineData("")]
    [InlineData("/document.html")]
    [InlineData("/data.csv")]
    [InlineData("/data.json")]
    public async Task PublishedOutput_ToAnonymousClients_CarriesValidatorsAndAnswersConditionalRequestsWith304(string suffix)
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var quarter = suffix switch { "" => "2151-52 Q1", "/document.html" => "2151-52 Q2", "/data.csv" => "2151-52 Q3", _ => "2151-52 Q4" };
        await ReportClient.PublishNewAsync(host, quarter);
        var url = $"/reports/{quarter.Replace(' ', '-').ToLowerInvariant()}{suffix}";
        var anonymous = host.Factory.CreateBrowserlessClient();

        // Act
        var first = await anonymous.GetAsync(url, ct);
        var second = await anonymous.GetAsync(url, ct);
        var sameTag = await SendAsync(anonymous, url, r => r.IfNoneMatch.Add(first.Headers.ETag!));
        var otherTag = await SendAsync(anonymous, url, r => r.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
        var sinceThen = await SendAsync(anonymous, url, r => r.IfModifiedSince = first.Content.Headers.LastModified);
        var sinceBefore = await SendAsync(anonymous, url, r => r.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddDays(-1));

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(ct), await second.Content.ReadAsByteArrayAsync(ct));
        Assert.Contains("public", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, sameTag.StatusCode);
        Assert.Empty(await sameTag.Content.ReadAsByteArrayAsync(ct));
        Assert.Equal(first.Headers.ETag, sameTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, sinceThen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sinceBefore.StatusCode);
        Assert.Equal(first.Content.Headers.ContentType, sinceBefore.Content.Headers.ContentType);
    }

    [Fact]
    public async Task KeptPublicPage_NeverCarriesSignInState_AndSignedInUsersNeverGetTheKeptPage()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await ReportClient.PublishNewAsync(host, "2152-53 Q1");
        const string Url = "/reports/2152-53-q1";
        var email = await host.CreateUserAsync(Roles.Analyst);
        var signedIn = await host.SignInAsync(email);
        var anonymous = host.Factory.CreateBrowserlessClient();

        // Act: signed in first (nothing may be kept from it), then anonymous twice (the second from what was kept),
        // then signed in again (never the anonymous copy)
        var mine = await signedIn.GetAsync(Url, ct);
        var minePage = await mine.Content.ReadAsStringAsync(ct);
        var theirs = await anonymous.GetAsync(Url, ct);
        var theirsAgain = await anonymous.GetAsync(Url, ct);
        var mineAgain = await signedIn.GetAsync(Url, ct);
        var mineAgainPage = await mineAgain.Content.ReadAsStringAsync(ct);

        // Assert
        Assert.Contains(email, minePage, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", minePage, StringComparison.Ordinal);
        Assert.Null(mine.Headers.ETag);
        Assert.Contains("no-store", mine.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(theirs.Headers.ETag, theirsAgain.Headers.ETag);
        foreach (var page in new[] { await theirs.Content.ReadAsStringAsync(ct), await theirsAgain.Content.ReadAsStringAsync(ct) })
        {
            Assert.DoesNotContain(email, page, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Signed in as", page, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"sign-in-link\"", page, StringComparison.Ordinal);
        }

        Assert.False(theirsAgain.Headers.Contains("Set-Cookie"));
        Assert.Contains(email, mineAgainPage, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", mineAgainPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", mineAgainPage, StringComparison.Ordinal);
        Assert.Null(mineAgain.Headers.ETag);
    }

    [Fact]
    public async Task Republishing_ChangesTheETag_AndServesTheNewVersionToAClientHoldingTheOldOne()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var leadership = await host.ClientForRoleAsync(Roles.Leadership);
        var first = await ReportClient.PublishNewAsync(host, "2153-54 Q1");
        const string Url = "/reports/2153-54-q1";
        var anonymous = host.Factory.CreateBrowserlessClient();
        var before = await anonymous.GetAsync(Url, ct);
        var corrected = await ReportClient.PostAsync(analyst, first, "correct", new Dictionary<string, string> { ["Reason"] = "A figure was revised." });
        var second = Guid.Parse(corrected.Headers.Location!.ToString().Split('/')[^1]);
        await ReportClient.PassAsync(analyst, second, "submit");
        await ReportClient.PassAsync(leadership, second, "approve");
        await ReportClient.PassAsync(leadership, second, "publish");

        // Act
        var after = await SendAsync(anonymous, Url, r => r.IfNoneMatch.Add(before.Headers.ETag!));

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotNull(after.Headers.ETag);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain("A figure was revised.", await before.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Contains("A figure was revised.", await after.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, Action<HttpRequestHeaders> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers(request.Headers);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

public sealed class PublishedCacheTestsOnSqlite(SqliteHost host) : PublishedCacheTests(host);

public sealed class PublishedCacheTestsOnPostgres(PostgresHost host) : PublishedCacheTests(host);

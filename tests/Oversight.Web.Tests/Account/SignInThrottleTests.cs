using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Account.AccountForms;

namespace Oversight.Web.Tests.Account;

/// The lock-out policy (docs/security.md, "Sign-in"): failures slow an account and never lock it; an address
/// with 20 failures in 15 minutes is refused for 15 minutes.
public abstract class SignInThrottleTests(ClockHost host)
{
    private const string Wrong = "wrong-password-123";

    [Fact]
    public async Task Post_AfterFiveFailures_SlowsLaterAttemptsFromAnyAddressAndEmailsTheHolder()
    {
        // Arrange: five failures, each from an address of its own.
        var email = await host.CreateUserAsync(Roles.Analyst);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Factory.CreateBrowserlessClient().SignInAsync(email, Wrong)).StatusCode);
        }

        var signIn = await SignInFormAsync(host.Factory.CreateBrowserlessClient());
        var step = TimeSpan.FromMilliseconds(100);

        // Act: two more failures and then the right password, from yet another address.
        var sixth = await HeldAsync(host.Clock, signIn(email, Wrong), step);
        var seventh = await HeldAsync(host.Clock, signIn(email, Wrong), step);
        var right = await HeldAsync(host.Clock, signIn(email, HostFixture.Password), step);

        // Assert: held 1 s, 2 s, 4 s, and still let in; the holder was told once.
        Assert.Equal(HttpStatusCode.OK, sixth.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seventh.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.Response.StatusCode);
        Assert.True(sixth.Held >= TimeSpan.FromSeconds(1), $"sixth held {sixth.Held}");
        Assert.True(seventh.Held >= TimeSpan.FromSeconds(2), $"seventh held {seventh.Held}");
        Assert.True(right.Held >= TimeSpan.FromSeconds(4), $"right password held {right.Held}");
        var mail = Assert.Single(await OutboxAsync(host, email));
        Assert.Equal("Failed attempts to sign in to your Oversight account", mail.Subject);
        Assert.Contains("wrong password 5 times", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TwentyFailuresFromOneAddress_RefusesThatAddressFor15MinutesButNotTheStaffMember()
    {
        // Arrange: an outsider guesses a member of staff's password 20 times from one address.
        var email = await host.CreateUserAsync(Roles.Analyst);
        var outsider = await SignInFormAsync(host.Factory.CreateBrowserlessClient(IPAddress.Parse("192.0.2.20")));
        var step = TimeSpan.FromSeconds(1);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await HeldAsync(host.Clock, outsider(email, Wrong), step)).Response.StatusCode);
        }

        // Act
        var refused = await outsider(email, HostFixture.Password);
        var staff = await HeldAsync(host.Clock, host.Factory.CreateBrowserlessClient().SignInAsync(email, HostFixture.Password), step);
        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var later = await HeldAsync(host.Clock, outsider(email, Wrong), step);

        // Assert: the outsider's address is refused, even with the right password; the member of staff gets in,
        // slowed by at most 16 s; after 15 minutes the address may try again.
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("too many failed attempts to sign in from your network", (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, staff.Response.StatusCode);
        Assert.True(staff.Held >= TimeSpan.FromSeconds(16), $"staff held {staff.Held}");
        Assert.Equal(HttpStatusCode.OK, later.Response.StatusCode);
    }
}

public sealed class SignInThrottleTestsOnSqlite(SqliteClockHost host) : SignInThrottleTests(host), IClassFixture<SqliteClockHost>;

public sealed class SignInThrottleTestsOnPostgres(PostgresClockHost host) : SignInThrottleTests(host), IClassFixture<PostgresClockHost>;

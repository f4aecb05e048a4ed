using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Security;

public sealed class AntiforgeryTests(SqliteHost host)
{
    [Fact]
    public async Task FormPostedWithoutItsToken_IsRefusedAndSavesNothing()
    {
        var admin = await host.SignedInClientAsync(Roles.Administrator);
        var email = $"no-token-{Guid.NewGuid():N}@test.oversight.test";

        var response = await admin.PostAsync("/admin/users/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = "Robin Reviewer",
            ["Email"] = email,
            ["OrganisationId"] = "mayors-office",
            ["Role"] = Roles.CaseworkOfficer,
            ["Password"] = HostFixture.Password,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Users.AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken));
    }

    /// The helper takes the token from the form it submits, so a form that lacks one cannot borrow the sign-out
    /// button's token and pass its tests.
    [Fact]
    public void FormToken_ComesFromTheFormPosted_NotTheSignOutForm()
    {
        var page = new HtmlParser().ParseDocument("""
            <form method="post" action="/sign-out"><input name="__RequestVerificationToken" value="sign-out-token"></form>
            <form method="post"><input name="Title"></form>
            <form method="post" action="/things/1?handler=Delete"><input name="__RequestVerificationToken" value="delete-token"></form>
            """);

        Assert.Null(HttpClientExtensions.FormToken(page, "/things/1", "/things/1"));
        Assert.Equal("delete-token", HttpClientExtensions.FormToken(page, "/things/1", "/things/1?handler=Delete"));
        Assert.Equal("sign-out-token", HttpClientExtensions.FormToken(page, "/things/1", "/sign-out"));
        Assert.Null(HttpClientExtensions.FormToken(page, "/things/1", "/elsewhere"));
    }
}

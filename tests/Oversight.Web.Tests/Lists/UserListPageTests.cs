using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;
using static Oversight.Web.Tests.Lists.ListPages;

namespace Oversight.Web.Tests.Lists;

/// The administrators' list of accounts on the shared list tool: search by name or e-mail address, filter by role and
/// organisation, sort by a header and page; nobody but an administrator may open it.
public sealed class UserListPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Users_SearchFilterSortAndPage_ForAdministratorsOnly()
    {
        var word = $"Usrlist{Guid.NewGuid():N}"[..14];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            foreach (var i in Enumerable.Range(0, 26))
            {
                // E-mail addresses run the other way from the names, so the two sorts differ.
                var (role, organisation) = i switch { 3 => (Roles.GrantsOfficer, "mayors-office"), 6 => (Roles.PartnerUser, "leeds-city-council"), _ => (Roles.Analyst, "mayors-office") };
                var errors = await accounts.CreateAsync(new NewUser($"z{25 - i:D2}-{word.ToLowerInvariant()}@test.oversight.test", $"{word} user {i:D2}", HostFixture.Password, role, organisation), TestContext.Current.CancellationToken);
                Assert.Empty(errors);
            }
        }

        var admin = await host.ClientForRoleAsync(Roles.Administrator);

        var first = await admin.PageAsync($"/admin/users?q={word}");
        Assert.Equal("26 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal($"{word} user 00", Rows(first)[0][0]);
        var second = await admin.PageAsync(Next(first));
        Assert.Equal([$"{word} user 25"], Rows(second).Select(r => r[0]));
        var byEmail = await admin.PageAsync($"/admin/users?q={word}&sort=email");
        Assert.Equal($"{word} user 25", Rows(byEmail)[0][0]);
        var byName = await admin.PageAsync($"/admin/users?q={word}&sort=name&order=desc");
        Assert.Equal($"{word} user 25", Rows(byName)[0][0]);
        var byAddress = await admin.PageAsync($"/admin/users?q=z07-{word}");
        Assert.Equal([$"{word} user 18"], Rows(byAddress).Select(r => r[0]));

        var grants = await admin.PageAsync($"/admin/users?q={word}&role={Roles.GrantsOfficer}");
        Assert.Equal([$"{word} user 03"], Rows(grants).Select(r => r[0]));
        var leeds = await admin.PageAsync($"/admin/users?q={word}&organisation=leeds-city-council");
        Assert.Equal([$"{word} user 06"], Rows(leeds).Select(r => r[0]));

        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var refused = await analyst.GetAsync(new Uri($"/admin/users?q={word}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("http://localhost/access-denied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

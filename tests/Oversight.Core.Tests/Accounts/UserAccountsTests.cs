using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Accounts;

public abstract class UserAccountsTests(HostFixture host)
{
    [Theory]
    [InlineData(Roles.Analyst, "leeds-city-council", "Role", "Role Analyst is only for the office's own staff")]
    [InlineData(Roles.PartnerUser, "mayors-office", "Role", "Role PartnerUser is for partner organisations")]
    [InlineData("Wizard", "mayors-office", "Role", "Role \"Wizard\" is not one of")]
    [InlineData(Roles.Analyst, "no-such-org", "OrganisationId", "Organisation \"no-such-org\" does not exist")]
    public async Task Create_RoleTheOrganisationMayNotHold_IsRefusedNamingTheField(string role, string organisation, string field, string expected)
    {
        var errors = await CreateAsync(role, organisation, HostFixture.Password);

        Assert.Contains(errors, e => e.Field == field && e.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ShortPassword_IsRefusedAndNothingIsSaved()
    {
        var errors = await CreateAsync(Roles.Analyst, "mayors-office", "short");

        Assert.Contains(errors, e => e.Field == "Password" && e.Message.Contains("12 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_PartnerUserForCouncil_Succeeds()
    {
        var errors = await CreateAsync(Roles.PartnerUser, "kirklees-council", HostFixture.Password);

        Assert.Empty(errors);
    }

    private async Task<IReadOnlyList<FieldError>> CreateAsync(string role, string organisation, string password)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
            new NewUser($"u-{Guid.NewGuid():N}@test.oversight.test", "Test", password, role, organisation), TestContext.Current.CancellationToken);
    }
}

public sealed class UserAccountsTestsOnSqlite(SqliteHost host) : UserAccountsTests(host);

public sealed class UserAccountsTestsOnPostgres(PostgresHost host) : UserAccountsTests(host);

using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance;

/// Agreements made here are dated in the 2100s, each test its own year, so they grant nothing to any other test.
public abstract class MeasureAccessTests(HostFixture host)
{
    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.GrantsOfficer)]
    [InlineData(Roles.CaseworkOfficer)]
    [InlineData(Roles.CustodyOfficer)]
    public async Task Readable_OfficeStaff_ReadsEveryMeasure(string role)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var plan = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>();

        var readable = await Access(scope).ReadableOnAsync(new MeasureUser("u", "u", role, "mayors-office"), new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Equal(plan.Measures.Select(m => m.Id).Order(), readable.Order());
    }

    [Theory]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Applicant)]
    [InlineData("")]
    public async Task Readable_RoleOutsideTheOfficeAndPartners_ReadsNothing(string role)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();

        var readable = await Access(scope).ReadableOnAsync(new MeasureUser("u", "u", role, "west-yorkshire-police"), new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Empty(readable);
    }

    [Fact]
    public async Task Readable_Partner_ReadsExactlyTheDatasetsTheirOrganisationOwns()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var plan = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>();
        var owned = plan.Datasets.Where(d => d.Owner == "ohid").SelectMany(d => d.Measures);

        var readable = await Access(scope).ReadableOnAsync(Partner("ohid"), new DateOnly(2025, 1, 1), TestContext.Current.CancellationToken);

        Assert.Equal(owned.Order(), readable.Order());
    }

    [Theory]
    [InlineData(2101, 3, 31, false)]
    [InlineData(2101, 4, 1, true)]
    [InlineData(2101, 9, 30, true)]
    [InlineData(2101, 10, 1, false)]
    public async Task Readable_PartnerUnderAnAgreement_ReadsItsDatasetsOnlyBetweenItsDatesInclusive(int year, int month, int day, bool expected)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await AddAgreementAsync(scope, new DateOnly(2101, 4, 1), new DateOnly(2101, 9, 30), "dfe-children", "kirklees-council");

        var readable = await Access(scope).ReadableOnAsync(Partner("kirklees-council"), new DateOnly(year, month, day), TestContext.Current.CancellationToken);

        Assert.Equal(expected, readable.Contains("children-in-need"));
        Assert.DoesNotContain("homicide", readable);
    }

    [Fact]
    public async Task Readable_AgreementForAnotherPartner_GrantsNothing()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await AddAgreementAsync(scope, new DateOnly(2102, 1, 1), new DateOnly(2102, 12, 31), "ohid-treatment", "wakefield-council");

        var readable = await Access(scope).ReadableOnAsync(Partner("calderdale-council"), new DateOnly(2102, 6, 1), TestContext.Current.CancellationToken);

        Assert.Empty(readable);
    }

    [Theory]
    [InlineData(Roles.Analyst, "mayors-office", "homicide", true)]
    [InlineData(Roles.Administrator, "mayors-office", "children-in-need", true)]
    [InlineData(Roles.Leadership, "mayors-office", "homicide", false)]
    [InlineData(Roles.PartnerUser, "west-yorkshire-police", "homicide", true)]
    [InlineData(Roles.PartnerUser, "west-yorkshire-police", "children-in-need", false)]
    [InlineData(Roles.PartnerUser, "dfe", "children-in-need", true)]
    [InlineData(Roles.PartnerUser, "leeds-city-council", "homicide", false)]
    [InlineData(Roles.Analyst, "mayors-office", "no-such-measure", false)]
    public async Task MaySubmit_OfficeAnalystsAnyMeasurePartnersOnlyTheirOwn(string role, string organisation, string measure, bool expected)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();

        Assert.Equal(expected, Access(scope).MaySubmit(new MeasureUser("u", "u", role, organisation), measure));
    }

    private static MeasureUser Partner(string organisation) => new("u", "u", Roles.PartnerUser, organisation);

    private static MeasureAccess Access(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MeasureAccess>();

    private static async Task AddAgreementAsync(AsyncServiceScope scope, DateOnly starts, DateOnly ends, string dataset, string partner)
    {
        var (_, errors) = await scope.ServiceProvider.GetRequiredService<DataSharingAgreements>().CreateAsync(
            new AgreementDetails($"Test {Guid.NewGuid():N}", "Testing", starts, ends, [dataset], [partner]), TestContext.Current.CancellationToken);
        Assert.Empty(errors);
    }
}

public sealed class MeasureAccessTestsOnSqlite(SqliteHost host) : MeasureAccessTests(host);

public sealed class MeasureAccessTestsOnPostgres(PostgresHost host) : MeasureAccessTests(host);

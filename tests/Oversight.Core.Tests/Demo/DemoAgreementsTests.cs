using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Demo;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Demo;

public abstract class DemoAgreementsTests(HostFixture host)
{
    [Fact]
    public async Task SeriousViolenceDuty_PassesTheAgreementChecksAndSpansThePlan()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var plan = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>();
        var agreement = DemoAgreements.SeriousViolenceDuty();
        var details = new AgreementDetails(agreement.Title, agreement.Purpose, agreement.Starts, agreement.Ends,
            agreement.Datasets.Select(d => d.DatasetId).ToList(), agreement.Partners.Select(p => p.OrganisationId).ToList());

        var errors = await scope.ServiceProvider.GetRequiredService<DataSharingAgreements>().CheckAsync(details, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
        Assert.Equal((plan.Period.Start, plan.Period.End), (agreement.Starts, agreement.Ends));
        Assert.Equal(DemoAgreements.SeriousViolenceDutyId, DemoAgreements.SeriousViolenceDuty().Id);
    }
}

public sealed class DemoAgreementsTestsOnSqlite(SqliteHost host) : DemoAgreementsTests(host);

public sealed class DemoAgreementsTestsOnPostgres(PostgresHost host) : DemoAgreementsTests(host);

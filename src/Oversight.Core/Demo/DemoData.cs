using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Configuration;
using Oversight.Core.Data;
using Oversight.Core.Performance.Aggregates;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Demo;

/// A demo account; Posts are the scheme of delegation's posts it holds.
public sealed record DemoAccount(string Email, string DisplayName, string Role, string OrganisationId, string[]? Posts = null);

/// Demo records for trying Oversight out. Accounts exist only when this has been loaded.
public sealed class DemoData(OversightDbContext db, UserAccounts accounts, PoliceFileImporter policeFiles, AggregateImporter aggregates, DemoPerformance performance, DemoAccountability accountability, DemoAnnualReport annualReport, TimeProvider clock, DemoEngagement engagement, Decisions.DecisionRegister register, DemoToDate toDate, Publishing.Publications publications)
{
    public const string Password = "Demo-password-2024";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.oversight.test", "Alex Admin", Roles.Administrator, "mayors-office"),
        new("analyst@demo.oversight.test", "Ash Analyst", Roles.Analyst, "mayors-office"),
        new("grants@demo.oversight.test", "Gale Grants", Roles.GrantsOfficer, "mayors-office", ["grants-manager"]),
        new("casework@demo.oversight.test", "Casey Casework", Roles.CaseworkOfficer, "mayors-office"),
        new("custody@demo.oversight.test", "Cory Custody", Roles.CustodyOfficer, "mayors-office"),
        new("deputy-mayor@demo.oversight.test", "Dana Deputy", Roles.Leadership, "mayors-office", ["deputy-mayor"]),
        new("partner@demo.oversight.test", "Pat Partner", Roles.PartnerUser, "leeds-city-council"),
        new("police@demo.oversight.test", "Percy Police", Roles.PartnerUser, "west-yorkshire-police"),
        new("volunteer@demo.oversight.test", "Val Volunteer", Roles.Volunteer, "mayors-office"),
        new("panel@demo.oversight.test", "Perry Panel", Roles.PanelMember, "mayors-office"),
        new("applicant@demo.oversight.test", "Avery Applicant", Roles.Applicant, "mayors-office"),
        new("mayor@demo.oversight.test", "Morgan Mayor", Roles.Leadership, "mayors-office", ["mayor"]),
        new("chief-executive@demo.oversight.test", "Chris Chief", Roles.Leadership, "mayors-office", ["chief-executive"]),
        new("finance@demo.oversight.test", "Frankie Finance", Roles.Leadership, "mayors-office", ["chief-finance-officer"]),
        new("assessor1@demo.oversight.test", "Asha Assessor", Roles.GrantsOfficer, "mayors-office"),
        new("assessor2@demo.oversight.test", "Ari Assessor", Roles.GrantsOfficer, "mayors-office"),
    ];

    public Task<bool> HasDemoAccountsAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Email == Accounts[0].Email, cancellationToken);

    /// Loads the demo records unless the database already holds accounts; returns whether it loaded anything.
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        foreach (var account in Accounts)
        {
            var errors = await accounts.CreateAsync(
                new NewUser(account.Email, account.DisplayName, Password, account.Role, account.OrganisationId), cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", errors.Select(e => e.Message))}");
            }

            if (account.Posts is { } posts && await accounts.SetPostsAsync(await db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync(cancellationToken), posts, cancellationToken) is { Succeeded: false } refused)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", refused.Errors.Select(e => e.Message))}");
            }
        }

        db.DataSharingAgreements.Add(DemoAgreements.SeriousViolenceDuty());
        await db.SaveChangesAsync(cancellationToken);
        await DemoCustody.LoadAsync(db, cancellationToken);
        await LoadPoliceDataAsync(cancellationToken);
        await DemoFunding.LoadAsync(db, clock, cancellationToken);
        await performance.LoadAsync(cancellationToken);
        await accountability.LoadAsync(cancellationToken);
        await engagement.LoadAsync(cancellationToken);
        await DemoCasework.LoadAsync(db, cancellationToken);
        await DemoAsbCaseReviews.LoadAsync(db, cancellationToken);
        await DemoGrantsPassedOn.LoadAsync(db, cancellationToken);
        await DemoVictimsCode.LoadValuesAsync(db, cancellationToken);
        await annualReport.LoadAsync(cancellationToken);
        await DemoDecisions.LoadAsync(db, register, clock, cancellationToken);
        await DemoPublications.LoadAsync(publications, db, clock, cancellationToken);
        await toDate.LoadAsync(cancellationToken);
        await DemoVictimsCode.LoadReviewsAsync(db, cancellationToken);
        return true;
    }

    /// Real West Yorkshire data: 36 months of Leeds aggregates and a month of force-wide stop and search.
    private async Task LoadPoliceDataAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[]
        {
            "leeds_msoa_monthly_street_crime_by_type_2022-08_2025-07.csv",
            "leeds_msoa_monthly_stop_search_total_2022-07_2025-07.csv",
            "leeds_msoa_monthly_stop_search_by_ethnicity_2022-07_2025-07.csv",
        })
        {
            var path = ConfigurationFile.Resolve(Path.Combine("demo", "police-uk", table));
            var result = await aggregates.ImportAsync(new ImportSource(path, () => File.OpenRead(path)), "leeds", "2022-08", cancellationToken);
            Check(result.Rejection);
        }

        var file = ConfigurationFile.Resolve(Path.Combine("demo", "police-uk", "2021-08-west-yorkshire-stop-and-search.csv"));
        var stopSearch = await policeFiles.ImportAsync(new ImportSource(file, () => File.OpenRead(file)), new PoliceImportOptions(), null, cancellationToken);
        Check(stopSearch.Rejection);
    }

    private static void Check(ImportProblem? problem)
    {
        if (problem is not null)
        {
            throw new InvalidOperationException($"Demo data: {problem}");
        }
    }
}

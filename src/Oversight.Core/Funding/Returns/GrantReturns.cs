using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.Core.Spreadsheets;
using Oversight.Domain;

namespace Oversight.Core.Funding.Returns;

/// The returns the office sends its funders, built from the records: the Home Office's Immediate Justice return and
/// the Ministry of Justice victims' grant monitoring return. Neither funder's template was found, so the columns are
/// the fields the funders are known to ask for (docs/grant-returns.md), one row per quarter or contract and a total.
public sealed class GrantReturns(OversightDbContext db)
{
    public const string Total = "Total";

    public static readonly IReadOnlyList<string> ImmediateJusticeColumns =
    [
        "Quarter", "Adults referred", "Children referred", "Female", "Male", "Started", "Started within 48 hours",
        "Completed", "Non-compliant", "Withdrawn", "Unpaid work hours completed", "Victims consulted", "Restorative justice offered",
    ];

    public static readonly IReadOnlyList<string> VictimsGrantColumns =
    [
        "Provider", "Sector", "Grant line", "Contract value (£)", "Services", "Victims supported", "Female", "Male",
        "Sex not known", "Children", "Adults", "Age not known", "Domestic abuse", "Sexual violence", "Other crime",
        "Crime not known", "Helped to cope and recover",
    ];

    /// The Immediate Justice return for the financial year starting in April of <paramref name="startYear"/>:
    /// referrals by quarter of their disposal.
    public async Task<Sheet> ImmediateJusticeAsync(int startYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(startYear);
        var referrals = await db.JusticeReferrals.AsNoTracking().Where(r => r.DisposedAt >= from && r.DisposedAt < to).ToListAsync(cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var q = quarter;
            rows.Add(ImmediateJusticeRow($"{FinancialYear.Name(startYear)} Q{q}", referrals.Where(r => Quarter(UkTime.DateOf(r.DisposedAt)) == q).ToList()));
        }

        rows.Add(ImmediateJusticeRow(Total, referrals));
        return new Sheet("Immediate Justice", ImmediateJusticeColumns, rows);
    }

    /// The victims' grant return for a financial year like "2024-25": each contract paid from the grant with its
    /// providers' quarterly returns added up (superseded returns left out).
    public async Task<Sheet> VictimsGrantAsync(string year, string fundingSource, CancellationToken cancellationToken)
    {
        var contracts = await db.VictimServiceContracts.AsNoTracking().Include(c => c.Provider)
            .Where(c => c.FinancialYear == year && c.FundingSource == fundingSource).ToListAsync(cancellationToken);
        var ids = contracts.Select(c => c.Id).ToList();
        var returns = await db.VictimServiceReturns.AsNoTracking()
            .Where(r => ids.Contains(r.ContractId) && r.SupersededAt == null && r.Period.StartsWith(year)).ToListAsync(cancellationToken);
        var rows = contracts.OrderBy(c => c.Provider!.Name).ThenBy(c => c.Line)
            .Select(c => VictimsRow(c.Provider!.Name, c.Provider!.Sector.ToString(), c.Line.ToString(), c.Value, string.Join("; ", c.ServiceTypes), returns.Where(r => r.ContractId == c.Id).ToList()))
            .ToList();
        rows.Add(VictimsRow(Total, "", "", contracts.Sum(c => c.Value), "", returns));
        return new Sheet("Victims grant", VictimsGrantColumns, rows);
    }

    private static int Quarter(DateOnly day) => ((day.Month + 8) % 12 / 3) + 1;

    private static IReadOnlyList<object?> ImmediateJusticeRow(string label, IReadOnlyList<JusticeReferral> r) =>
    [
        label,
        r.Count(x => x.Cohort == Cohort.Adult),
        r.Count(x => x.Cohort == Cohort.Child),
        r.Count(x => x.Sex == Sex.Female),
        r.Count(x => x.Sex == Sex.Male),
        r.Count(x => x.StartedAt is not null),
        r.Count(x => x.StartedWithinAmbition),
        r.Count(x => x.Outcome == ReferralOutcome.Completed),
        r.Count(x => x.Outcome == ReferralOutcome.NonCompliant),
        r.Count(x => x.Outcome == ReferralOutcome.Withdrawn),
        r.Sum(x => x.HoursCompleted),
        r.Count(x => x.VictimConsulted),
        r.Count(x => x.RestorativeJusticeOffered),
    ];

    private static IReadOnlyList<object?> VictimsRow(string provider, string sector, string line, decimal value, string services, IReadOnlyList<Victims.VictimServiceReturn> r) =>
    [
        provider, sector, line, value, services,
        r.Sum(x => x.Victims), r.Sum(x => x.Female), r.Sum(x => x.Male), r.Sum(x => x.SexNotKnown),
        r.Sum(x => x.Children), r.Sum(x => x.Adults), r.Sum(x => x.AgeNotKnown),
        r.Sum(x => x.DomesticAbuse), r.Sum(x => x.SexualViolence), r.Sum(x => x.OtherCrime), r.Sum(x => x.CrimeNotKnown),
        r.Sum(x => x.CopedAndRecovered),
    ];
}

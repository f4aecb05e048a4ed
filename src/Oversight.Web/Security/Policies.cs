using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accounts;

namespace Oversight.Web.Security;

/// One policy per capability. Every page and endpoint names one of these, or is explicitly anonymous.
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Administration = nameof(Administration);
    public const string Performance = nameof(Performance);
    public const string Reporting = nameof(Reporting);
    public const string ImportData = nameof(ImportData);
    public const string MeasureData = nameof(MeasureData);
    public const string Partnership = nameof(Partnership);
    public const string Funding = nameof(Funding);
    public const string Applying = nameof(Applying);
    public const string Casework = nameof(Casework);
    public const string Custody = nameof(Custody);
    public const string CustodyVisiting = nameof(CustodyVisiting);
    public const string Engagement = nameof(Engagement);
    public const string Accountability = nameof(Accountability);
    public const string Decisions = nameof(Decisions);
    public const string Publications = nameof(Publications);

    /// The force's users, who answer the quarterly report; the page also checks the user's organisation is the force's.
    public const string ForceResponse = nameof(ForceResponse);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Administration] = [Roles.Administrator],
        [Performance] = [Roles.Analyst, Roles.Leadership, Roles.Administrator],
        [Reporting] = [Roles.Analyst, Roles.Leadership, Roles.Administrator],
        [ImportData] = [Roles.Analyst, Roles.Administrator],
        [MeasureData] = [Roles.Analyst, Roles.Administrator, Roles.PartnerUser],
        [Partnership] = [Roles.PartnerUser, Roles.Analyst, Roles.Leadership, Roles.Administrator],
        [Funding] = [Roles.GrantsOfficer, Roles.Leadership, Roles.Administrator],
        [Applying] = [Roles.Applicant],
        [Casework] = [Roles.CaseworkOfficer, Roles.Administrator],
        [Custody] = [Roles.CustodyOfficer, Roles.Administrator],
        [CustodyVisiting] = [Roles.Volunteer, Roles.CustodyOfficer, Roles.Administrator],
        [Engagement] = [Roles.Analyst, Roles.Leadership, Roles.Administrator],
        [Accountability] = [Roles.Leadership, Roles.Analyst, Roles.PanelMember, Roles.Administrator],
        [Decisions] = [Roles.GrantsOfficer, Roles.Leadership, Roles.Administrator],
        [Publications] = [Roles.CustodyOfficer, Roles.Analyst, Roles.Leadership, Roles.Administrator],
        [ForceResponse] = [Roles.PartnerUser],
    };

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}

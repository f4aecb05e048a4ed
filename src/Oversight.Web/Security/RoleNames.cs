using Oversight.Core.Accounts;

namespace Oversight.Web.Security;

public static class RoleNames
{
    public static string Describe(string role) => role switch
    {
        Roles.Administrator => "administrator",
        Roles.Analyst => "performance analyst",
        Roles.GrantsOfficer => "grants officer",
        Roles.CaseworkOfficer => "casework officer",
        Roles.CustodyOfficer => "custody and justice officer",
        Roles.Leadership => "Mayor or Deputy Mayor",
        Roles.PartnerUser => "partner organisation user",
        Roles.Volunteer => "independent custody visitor",
        Roles.PanelMember => "Police and Crime Panel member",
        Roles.Applicant => "grant applicant",
        _ => role,
    };
}

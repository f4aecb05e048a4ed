namespace Oversight.Core.Accounts;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Analyst = nameof(Analyst);
    public const string GrantsOfficer = nameof(GrantsOfficer);
    public const string CaseworkOfficer = nameof(CaseworkOfficer);
    public const string CustodyOfficer = nameof(CustodyOfficer);
    public const string Leadership = nameof(Leadership);
    public const string PartnerUser = nameof(PartnerUser);
    public const string Volunteer = nameof(Volunteer);
    public const string PanelMember = nameof(PanelMember);
    public const string Applicant = nameof(Applicant);

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, Analyst, GrantsOfficer, CaseworkOfficer, CustodyOfficer,
        Leadership, PartnerUser, Volunteer, PanelMember, Applicant,
    ];

    /// Roles that only the office's own staff may hold; a partner organisation's user cannot be given them.
    public static readonly IReadOnlySet<string> OfficeOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        Administrator, Analyst, GrantsOfficer, CaseworkOfficer, CustodyOfficer, Leadership,
    };
}

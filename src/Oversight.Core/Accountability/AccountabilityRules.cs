using Oversight.Core.Accounts;

namespace Oversight.Core.Accountability;

/// Who may change accountability records: the office's own staff. Panel members scrutinise the Mayor, so they
/// read the record of how the Mayor holds the force to account but do not write it.
public static class AccountabilityRules
{
    public static bool CanEdit(string role) => role is Roles.Leadership or Roles.Analyst or Roles.Administrator;
}

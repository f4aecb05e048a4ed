using Oversight.Core.Configuration;
using Oversight.Domain.Plan;

namespace Oversight.Core.Plan;

public static class PlanLoader
{
    /// Reads and validates a plan; any problem stops start-up with a message naming the file and field.
    public static PoliceAndCrimePlan Load(string path) =>
        ConfigurationFile.Load<PoliceAndCrimePlan>(path, plan => PlanValidator.Validate(plan).Select(e => e.ToString()));
}

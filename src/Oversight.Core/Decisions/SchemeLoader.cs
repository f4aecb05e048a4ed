using Oversight.Core.Accounts;
using Oversight.Core.Configuration;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Decisions;

public sealed class DelegationOptions
{
    public const string Section = "Delegation";

    /// The office's scheme of delegation; relative paths are tried against the working directory, then the app's folder.
    public string Path { get; set; } = "config/delegation/west-yorkshire.json";
}

public static class SchemeLoader
{
    /// Reads and validates the scheme; any problem stops start-up with a message naming the file and field.
    public static SchemeOfDelegation Load(string path) =>
        ConfigurationFile.Load<SchemeOfDelegation>(path, scheme => SchemeValidator.Validate(scheme, Roles.All).Select(e => e.ToString()));
}

using System.CommandLine;

namespace Oversight.Cli;

public static class GlobalOptions
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Database provider, Sqlite or Postgres (overrides Database:Provider)",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Database connection string (overrides ConnectionStrings:Oversight)",
        Recursive = true,
    };
}

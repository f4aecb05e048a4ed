namespace Oversight.Core.Audit;

/// Who is making a change: the signed-in user in the web app, the operator in the CLI.
public interface IAuditActor
{
    string? UserId { get; }

    string Name { get; }
}

public sealed record SystemAuditActor(string Name) : IAuditActor
{
    public static readonly SystemAuditActor Migrations = new("system:migrations");

    public string? UserId => null;
}

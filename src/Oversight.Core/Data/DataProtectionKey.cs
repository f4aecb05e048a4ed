namespace Oversight.Core.Data;

/// A data-protection key (cookie and antiforgery keys) as ASP.NET Core writes it: an XML element, encrypted with
/// the configured certificate when there is one. Kept in the database on PostgreSQL so every instance shares it.
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}

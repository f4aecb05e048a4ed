namespace Oversight.Core.Audit;

/// Marks a property whose values must never be copied into the audit trail (secrets, free text about a person).
/// The trail still records that it changed.
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;

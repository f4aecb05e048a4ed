namespace Oversight.Core.Audit;

/// Marks text that may carry a secret inside it, such as an e-mail with a confirmation or reset link: the trail
/// keeps the text, with every link parameter and every token-like word replaced (see <see cref="SecretText"/>).
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditTokensRedactedAttribute : Attribute;

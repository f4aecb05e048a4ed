namespace Oversight.Domain.Plan;

/// <summary>
/// The head and contact details the office prints on its letters, configured beside the office's name.
/// </summary>
/// <param name="Name">The name at the head of the letter, for example "Mayor of West Yorkshire: Policing and Crime".</param>
/// <param name="Address">The office's postal address, one line each.</param>
/// <param name="Phone">The telephone number people may call.</param>
/// <param name="Email">The email address people may write to.</param>
/// <param name="Website">The office's website, as it should be printed.</param>
/// <param name="LogoPath">An image file (PNG, JPEG or SVG) printed above the name; none when absent.</param>
/// <param name="Team">The team that signs casework letters, printed under the signatory's role.</param>
public sealed record Letterhead(
    string Name,
    IReadOnlyList<string> Address,
    string? Phone = null,
    string? Email = null,
    string? Website = null,
    string? LogoPath = null,
    string? Team = null);

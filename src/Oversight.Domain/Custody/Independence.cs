namespace Oversight.Domain.Custody;

/// <summary>What an applicant declares about their links to policing.</summary>
/// <param name="Age">Age in whole years on the day of application.</param>
/// <param name="ServingOfficer">A serving police officer.</param>
/// <param name="SpecialConstable">A serving special constable.</param>
/// <param name="PoliceStaff">A member of police staff (including contractors working in custody).</param>
public sealed record IndependenceDeclaration(int Age, bool ServingOfficer, bool SpecialConstable, bool PoliceStaff);

/// <summary>
/// Custody visitors must be independent of the police and the office (Police Reform Act 2002 s.51): serving
/// officers, special constables and police staff cannot be appointed, and visitors must be 18 or over.
/// </summary>
public static class Independence
{
    /// <summary>The youngest age at which someone may be appointed.</summary>
    public const int MinimumAge = 18;

    /// <summary>The form field a refusal is about: the applicant's links to policing, or their age.</summary>
    public const string LinksField = "Links";

    /// <inheritdoc cref="LinksField"/>
    public const string AgeField = "Age";

    /// <summary>Why the applicant cannot be appointed, with the field it is about, or null when they may be.</summary>
    public static FieldError? Refusal(IndependenceDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.ServingOfficer || declaration.SpecialConstable || declaration.PoliceStaff)
        {
            return new(LinksField, "A serving police officer, special constable or member of police staff cannot be an independent custody visitor");
        }

        return declaration.Age < MinimumAge ? new(AgeField, "An independent custody visitor must be 18 or over") : null;
    }
}

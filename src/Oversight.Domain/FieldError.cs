namespace Oversight.Domain;

/// <summary>A problem a person can fix, named by the field it is about so a page can show it beside that field and a
/// configuration loader can name where in the file it is. The one shape every rule and service reports errors in.</summary>
/// <param name="Field">The form field, or the path of the configuration field (<c>performanceThemes[2].measures[0].owner</c>).</param>
/// <param name="Message">What is wrong, in GOV.UK error-message style.</param>
public sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}

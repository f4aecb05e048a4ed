namespace Oversight.Web.Pages.Casework;

/// The model of the _Radios partial: a GOV.UK radio group with its legend, hint and error.
public sealed record Radios(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected, string? Error, string? Hint = null, bool Inline = false);

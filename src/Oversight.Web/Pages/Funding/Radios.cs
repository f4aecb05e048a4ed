namespace Oversight.Web.Pages.Funding;

/// The model of the _Radios partial: a GOV.UK radio group.
public sealed record Radios(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected, string? Error, bool Inline = false);

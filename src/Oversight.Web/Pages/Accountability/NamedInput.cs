namespace Oversight.Web.Pages.Accountability;

/// The model of the _NamedInput partial: a text input whose id differs from the field it posts, for a form repeated on one page.
public sealed record NamedInput(string Id, string Name, string Label, string? Value, string? Error);

namespace Oversight.Core;

/// A problem a person can fix, named by the form field it is about so the page can show it beside that field.
public sealed record FieldError(string Field, string Message);

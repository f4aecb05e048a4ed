namespace Oversight.Domain.Performance.Values;

/// <summary>What is wrong with one field of a submitted value.</summary>
/// <param name="Field">The field at fault, named as in the upload template: value, numerator or denominator.</param>
/// <param name="Message">What to enter instead, in GOV.UK error-message style.</param>
public sealed record ValueProblem(string Field, string Message);

using Oversight.Domain.Plan;

namespace Oversight.Domain.Performance.Values;

/// <summary>
/// The checks every value of a measure must pass, whether it arrives in a file or is typed in: the value makes
/// sense for the measure's unit, and a numerator and denominator, when given, come as a pair that fits it.
/// </summary>
public static class MeasureValueRules
{
    /// <summary>The fields of a submitted value, as the upload template names its columns.</summary>
    public const string ValueField = "value";

    /// <inheritdoc cref="ValueField"/>
    public const string NumeratorField = "numerator";

    /// <inheritdoc cref="ValueField"/>
    public const string DenominatorField = "denominator";

    /// <summary>Returns every problem with the value; an empty list means it can be recorded.</summary>
    public static IReadOnlyList<FieldError> Check(MeasureUnit unit, double value, double? numerator, double? denominator)
    {
        var problems = new List<FieldError>();
        CheckValue(unit, value, problems);
        CheckFraction(unit, numerator, denominator, problems);
        return problems;
    }

    private static void CheckValue(MeasureUnit unit, double value, List<FieldError> problems)
    {
        if (!double.IsFinite(value))
        {
            problems.Add(new(ValueField, "Enter the value as a number, like 42 or 12.5"));
        }
        else if (unit == MeasureUnit.Percentage && value is < 0 or > 100)
        {
            problems.Add(new(ValueField, "Enter a percentage from 0 to 100"));
        }
        else if (unit != MeasureUnit.Score && value < 0)
        {
            problems.Add(new(ValueField, "Enter a value of 0 or more"));
        }
        else if (unit == MeasureUnit.Count && value != Math.Floor(value))
        {
            problems.Add(new(ValueField, "Enter a whole number, because this measure is a count"));
        }
    }

    private static void CheckFraction(MeasureUnit unit, double? numerator, double? denominator, List<FieldError> problems)
    {
        if (numerator is null && denominator is null)
        {
            return;
        }

        if (denominator is null)
        {
            problems.Add(new(DenominatorField, "Enter a denominator, or leave the numerator blank"));
            return;
        }

        if (numerator is null)
        {
            problems.Add(new(NumeratorField, "Enter a numerator, or leave the denominator blank"));
            return;
        }

        if (!double.IsFinite(numerator.Value) || numerator < 0)
        {
            problems.Add(new(NumeratorField, "Enter a numerator of 0 or more"));
        }

        if (!double.IsFinite(denominator.Value) || denominator <= 0)
        {
            problems.Add(new(DenominatorField, "Enter a denominator greater than 0"));
        }
        else if (PartOfWhole(unit) && numerator > denominator)
        {
            // A share or a rate counts part of a population, so the part cannot exceed the whole.
            problems.Add(new(NumeratorField, "Enter a numerator that is not more than the denominator"));
        }
    }

    private static bool PartOfWhole(MeasureUnit unit) => unit is MeasureUnit.Percentage or MeasureUnit.RatePer1000;
}

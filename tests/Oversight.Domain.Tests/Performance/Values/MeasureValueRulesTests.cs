using Oversight.Domain.Performance.Values;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Performance.Values;

public class MeasureValueRulesTests
{
    [Theory]
    [InlineData(MeasureUnit.Count, 12, null, null)]
    [InlineData(MeasureUnit.Percentage, 0, null, null)]
    [InlineData(MeasureUnit.Percentage, 100, 40d, 40d)]
    [InlineData(MeasureUnit.RatePer1000, 4.2, 42d, 10000d)]
    [InlineData(MeasureUnit.Ratio, 2.5, 5d, 2d)]
    [InlineData(MeasureUnit.Minutes, 3.5, 700d, 200d)]
    [InlineData(MeasureUnit.Score, -1.5, null, null)]
    public void Check_SensibleValue_HasNoProblems(MeasureUnit unit, double value, double? numerator, double? denominator)
    {
        Assert.Empty(MeasureValueRules.Check(unit, value, numerator, denominator));
    }

    [Theory]
    [InlineData(MeasureUnit.Percentage, 100.5, null, null, "value", "Enter a percentage from 0 to 100")]
    [InlineData(MeasureUnit.Percentage, -1, null, null, "value", "Enter a percentage from 0 to 100")]
    [InlineData(MeasureUnit.Count, -3, null, null, "value", "Enter a value of 0 or more")]
    [InlineData(MeasureUnit.Count, 2.5, null, null, "value", "Enter a whole number, because this measure is a count")]
    [InlineData(MeasureUnit.Count, double.NaN, null, null, "value", "Enter the value as a number, like 42 or 12.5")]
    [InlineData(MeasureUnit.Percentage, 50, 60d, 50d, "numerator", "Enter a numerator that is not more than the denominator")]
    [InlineData(MeasureUnit.RatePer1000, 5, 5d, null, "denominator", "Enter a denominator, or leave the numerator blank")]
    [InlineData(MeasureUnit.RatePer1000, 5, null, 1000d, "numerator", "Enter a numerator, or leave the denominator blank")]
    [InlineData(MeasureUnit.Percentage, 0, 0d, 0d, "denominator", "Enter a denominator greater than 0")]
    [InlineData(MeasureUnit.Percentage, 0, -1d, 10d, "numerator", "Enter a numerator of 0 or more")]
    public void Check_ValueThatDoesNotFitTheUnit_NamesTheFieldAndWhatToEnter(
        MeasureUnit unit, double value, double? numerator, double? denominator, string field, string message)
    {
        var problem = Assert.Single(MeasureValueRules.Check(unit, value, numerator, denominator));

        Assert.Equal(new FieldError(field, message), problem);
    }
}

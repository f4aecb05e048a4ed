using Oversight.Domain.Custody;

namespace Oversight.Domain.Tests.Custody;

public class IndependenceTests
{
    [Theory]
    [InlineData(40, true, false, false)]
    [InlineData(40, false, true, false)]
    [InlineData(40, false, false, true)]
    public void Refusal_AnyLinkToPolicing_Refuses(int age, bool officer, bool special, bool staff) =>
        Assert.Equal(
            new FieldError(Independence.LinksField, "A serving police officer, special constable or member of police staff cannot be an independent custody visitor"),
            Independence.Refusal(new IndependenceDeclaration(age, officer, special, staff)));

    [Fact]
    public void Refusal_Under18_Refuses() =>
        Assert.Equal(new FieldError(Independence.AgeField, "An independent custody visitor must be 18 or over"), Independence.Refusal(new IndependenceDeclaration(17, false, false, false)));

    [Fact]
    public void Refusal_IndependentAdult_IsNull() => Assert.Null(Independence.Refusal(new IndependenceDeclaration(18, false, false, false)));
}

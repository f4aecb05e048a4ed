using Oversight.Core.Audit;

namespace Oversight.Core.Tests.Audit;

public sealed class SecretTextTests
{
    [Theory]
    [InlineData("Confirm: /funding/register/confirm?token=3f2a9c0b1d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f506", "Confirm: /funding/register/confirm?token=(redacted)")]
    [InlineData("Reset: https://office.example/account/reset?email=a%40b.org&code=CfDJ8Abc%2Bdef", "Reset: https://office.example/account/reset?email=(redacted)&code=(redacted)")]
    [InlineData("Your key is JBSWY3DPEHPK3PXP4ZQWERTY7 keep it", "Your key is (redacted) keep it")]
    [InlineData("See /funding/applications/0193a0b4-7c1e-7d2a-9f00-1234567890ab for details", "See /funding/applications/0193a0b4-7c1e-7d2a-9f00-1234567890ab for details")]
    [InlineData("Someone tried to register with this address. You can sign in, or reset your password.", "Someone tried to register with this address. You can sign in, or reset your password.")]
    public void Redact_TakesOutLinkParametersAndTokensButKeepsWordsAndRecordIds(string text, string expected) =>
        Assert.Equal(expected, SecretText.Redact(text));
}

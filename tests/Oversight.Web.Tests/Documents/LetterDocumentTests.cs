using Oversight.Core.Documents;
using Oversight.Core.Plan;
using Oversight.TestCommon;
using Oversight.Web.Casework;
using Oversight.Web.Documents;

namespace Oversight.Web.Tests.Documents;

/// Every kind of casework letter printed through the one document pipeline in the shared letter layout, with the
/// office's letterhead as configured. Set OVERSIGHT_LETTER_PNG to a folder to keep each letter's page images.
public sealed class LetterDocumentTests
{
    private static readonly Domain.Plan.Letterhead Letterhead = PlanLoader.Load("config/plans/west-yorkshire-2024-28.json").LetterheadOrName;

    public static TheoryData<string> Outcomes => new(LetterCases.All.Select(c => c.Outcome));

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Letter_OfEachKind_PrintsOnLetterheadWithAddressReferenceDateAndSignature(string outcome)
    {
        var letter = LetterCases.Letter(outcome);
        var (_, _, key) = LetterCases.All.Single(c => c.Outcome == outcome);

        var html = await Rendered.HtmlAsync<LetterDocument>(new Dictionary<string, object?>
        {
            [nameof(LetterDocument.Letterhead)] = Letterhead,
            [nameof(LetterDocument.Letter)] = CaseLetterDocument.Printed(letter),
        });
        var pdf = await PdfPrinter.PrintAsync(html, "Our reference " + letter.Reference, TestContext.Current.CancellationToken);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var info = await PdfTools.InfoAsync(pdf);
        Assert.Equal(letter.Subject, info["Title"]);
        // A letter fits on one or two sides; more would mean the layout has gone wrong.
        Assert.InRange(int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture), 1, 2);
        var text = await PdfTools.TextAsync(pdf);
        var words = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words, text, StringComparison.Ordinal);
        Assert.Contains("Mayor of West Yorkshire: Policing and Crime", text, StringComparison.Ordinal);
        Assert.Contains("policingandcrime@westyorks-ca.gov.uk", text, StringComparison.Ordinal);
        Assert.Contains("Wellington House", text, StringComparison.Ordinal);
        Assert.Contains(letter.RecipientName!, text, StringComparison.Ordinal);
        Assert.Contains("Our reference " + letter.Reference, text, StringComparison.Ordinal);
        Assert.Contains("8 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("Dear " + letter.RecipientName, text, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely " + letter.SignedBy + " " + letter.SignerRole, text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
        // The signature never stands alone on a page: the letter's last paragraph goes with it.
        var last = await PdfTools.TextAsync(pdf, int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture));
        var lastWords = string.Join(' ', letter.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).TakeLast(4));
        Assert.Contains(lastWords, last, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely", last, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("OVERSIGHT_LETTER_PNG") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await PdfTools.PngAsync(pdf, folder, outcome);
        }
    }

    [Fact]
    public async Task Letter_WithAListAndAnAddressOnCommas_PrintsListItemsAndAddressLinesAndEncodesText()
    {
        var letter = new PrintedLetter("Subject <b>", "Robin <Example>", PrintedLetter.AddressLines("1 Example Street, Leeds,  LS1 1AA"), "CR-1", new DateOnly(2026, 12, 8),
            "First paragraph.\n\nWe recommend:\n- one thing\n- another <script>", "Sam", "Casework officer");

        var html = await Rendered.HtmlAsync<LetterDocument>(new Dictionary<string, object?>
        {
            [nameof(LetterDocument.Letterhead)] = new Domain.Plan.Letterhead("Test Office", ["1 Office Road"]),
            [nameof(LetterDocument.Letter)] = letter,
        });

        Assert.Contains("<span>1 Example Street</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>LS1 1AA</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one thing</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>another &lt;script&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("Dear Robin &lt;Example&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Subject &lt;b&gt;</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}

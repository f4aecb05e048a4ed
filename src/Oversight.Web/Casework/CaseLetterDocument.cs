using Oversight.Core.Casework.Letters;
using Oversight.Domain.Plan;
using Oversight.Web.Documents;

namespace Oversight.Web.Casework;

/// A casework letter printed through the one document pipeline in the shared letter layout, as kept on the file.
public static class CaseLetterDocument
{
    /// Letters written before letters were printed (without a reference) hold "Dear …" and the sign-off in their body.
    public static PrintedLetter Printed(CaseLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new(letter.Subject, letter.RecipientName, PrintedLetter.AddressLines(letter.RecipientAddress), letter.Reference, letter.Dated,
            letter.Body, letter.SignedBy, letter.SignerRole, Framed: letter.Reference is not null);
    }

    public static Task<ReportDocumentFile> RenderAsync(DocumentRenderer renderer, Letterhead letterhead, CaseLetter letter, bool pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var footer = letter.Reference is { } reference ? $"Our reference {reference}" : letter.Subject;
        var name = $"{letter.Reference ?? "letter"}-{letter.Kind.ToString().ToLowerInvariant()}-{letter.Dated:yyyy-MM-dd}.{(pdf ? "pdf" : "html")}";
        return ReportDocumentFile.RenderAsync<LetterDocument>(renderer, new Dictionary<string, object?>
        {
            [nameof(LetterDocument.Letterhead)] = letterhead,
            [nameof(LetterDocument.Letter)] = Printed(letter),
        }, footer, name, pdf, cancellationToken);
    }
}

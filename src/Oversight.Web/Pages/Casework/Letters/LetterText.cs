using Oversight.Core.Casework.Letters;

namespace Oversight.Web.Pages.Casework.Letters;

/// The words the casework pages use for letters, whichever case they belong to.
public static class LetterText
{
    public static string Kind(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "Acknowledgement",
        LetterKind.ForwardedToIopc => "Forwarded to the IOPC",
        LetterKind.NotAccepted => "Not accepted (invalid or out of time)",
        LetterKind.AsbDecision => "ASB appeal decision",
        _ => "Decision",
    };

    /// The button that writes a letter of the kind onto the case.
    public static string Write(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "Write the acknowledgement",
        LetterKind.ForwardedToIopc => "Write the letter saying it went to the IOPC",
        LetterKind.NotAccepted => "Write the letter saying it cannot be reviewed",
        _ => "Write the decision letter",
    };

    public static string Channel(LetterChannel channel) => channel == LetterChannel.Email ? "Email" : "Post";

    /// "Sent by post on 8 December 2026, recorded by Sam Officer", or that it has not been sent.
    public static string Sent(CaseLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.SentOn is { } on && letter.SentBy is { } by
            ? $"Sent by {Channel(by).ToLowerInvariant()} on {CaseworkForm.Date(on)}, recorded by {letter.SentRecordedBy}"
            : "Not sent yet";
    }
}

namespace Oversight.Core.Casework.Letters;

/// The wording each letter starts with; the office edits it at /casework/letter-templates.
public static class DefaultLetters
{
    public static readonly LetterTemplate[] All =
    [
        new()
        {
            Kind = LetterKind.Acknowledgement,
            Subject = "Your application for a review: {{reference}}",
            Body = """
                Dear {{applicant}}

                Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.

                We will look at whether the outcome of your complaint was reasonable and proportionate. We aim to tell you our decision by {{due}}.

                Please quote {{reference}} if you contact us.

                Yours sincerely
                Policing and Crime Casework Team
                """,
        },
        new()
        {
            Kind = LetterKind.ForwardedToIopc,
            Subject = "Your application for a review has been sent to the IOPC: {{reference}}",
            Body = """
                Dear {{applicant}}

                Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}}.

                The Mayor's office is not the relevant review body for this complaint, because {{iopc_reasons}}. The law requires us to send your application to the Independent Office for Police Conduct (IOPC), which reviews it instead. We sent it to the IOPC on {{forwarded}}, and your application counts as made to the IOPC on that day.

                The IOPC will contact you about your review.

                Yours sincerely
                Policing and Crime Casework Team
                """,
        },
        new()
        {
            Kind = LetterKind.Decision,
            Subject = "The outcome of your review: {{reference}}",
            Body = """
                Dear {{applicant}}

                We have reviewed the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.

                Our decision: {{decision}}.

                Our reasons:
                {{rationale}}

                {{recommendations}}

                This decision is final. There is no further right of review; the only remaining route is to apply to the High Court for judicial review.

                Yours sincerely
                {{reviewer}}
                Policing and Crime Casework Team
                """,
        },
    ];
}

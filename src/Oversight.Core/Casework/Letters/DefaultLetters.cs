namespace Oversight.Core.Casework.Letters;

/// The wording each letter starts with; the office edits it at /casework/letter-templates. The salutation ("Dear …")
/// and the signature block are printed around the body from the case, so a template holds only what lies between.
/// What differs by outcome (the decision, what happens next) comes from placeholders, so one template reads right
/// for every outcome: an upheld review is never told "this decision is final" as if it had been turned down.
public static class DefaultLetters
{
    public static readonly LetterTemplate[] All =
    [
        new()
        {
            Kind = LetterKind.Acknowledgement,
            Subject = "Your application for a review: {{reference}}",
            Body = """
                Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.

                We will look at whether the outcome of your complaint was reasonable and proportionate. We aim to tell you our decision by {{due}}.

                Please quote {{reference}} if you contact us.
                """,
        },
        new()
        {
            Kind = LetterKind.ForwardedToIopc,
            Subject = "Your application for a review has been sent to the IOPC: {{reference}}",
            Body = """
                Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}}.

                The Mayor's office is not the relevant review body for this complaint, because {{iopc_reasons}}. The law requires us to send your application to the Independent Office for Police Conduct (IOPC), which reviews it instead. We sent it to the IOPC on {{forwarded}}, and your application counts as made to the IOPC on that day.

                The IOPC will contact you about your review.
                """,
        },
        new()
        {
            Kind = LetterKind.Decision,
            Subject = "The outcome of your review: {{reference}}",
            Body = """
                We have reviewed the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.

                Our decision: {{decision}}.

                Our reasons:
                {{rationale}}

                {{next_steps}}
                """,
        },
        new()
        {
            Kind = LetterKind.NotAccepted,
            Subject = "We cannot review the outcome of your complaint: {{reference}}",
            Body = """
                Thank you for your application, received on {{received}}, for a review of the outcome of your complaint {{force_reference}} handled by {{appropriate_authority}}.

                We cannot review the outcome of your complaint, because {{not_accepted_reasons}}.

                If you think we have got this wrong, please write to us, quoting {{reference}}, and tell us why.
                """,
        },
        new()
        {
            Kind = LetterKind.AsbDecision,
            Subject = "The outcome of your appeal about an ASB case review: {{reference}}",
            Body = """
                Thank you for asking us, on {{received}}, to review how {{partnership}} handled your anti-social behaviour case review.

                {{panel}}

                Our decision: {{decision}}.

                Our reasons:
                {{rationale}}

                {{next_steps}}

                Please quote {{reference}} if you contact us.
                """,
        },
    ];
}

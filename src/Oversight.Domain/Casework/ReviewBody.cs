namespace Oversight.Domain.Casework;

/// <summary>Who reviews a complaint outcome.</summary>
public enum ReviewBodyKind
{
    /// <summary>The local policing body: the Mayor's or Commissioner's office.</summary>
    LocalPolicingBody,

    /// <summary>The Independent Office for Police Conduct.</summary>
    Iopc,
}

/// <summary>The facts of a complaint that decide who reviews its outcome (IOPC Statutory Guidance 2020, para 18.6).</summary>
/// <param name="AboutChiefOfficer">The appropriate authority is the local policing body: the complaint is about the chief officer.</param>
/// <param name="AboutSeniorOfficer">It concerns an officer above the rank of chief superintendent.</param>
/// <param name="CouldJustifyProceedings">From the complaint alone, the conduct, if proved, might justify criminal or disciplinary proceedings.</param>
/// <param name="CouldInfringeArticle2Or3">From the complaint alone, it might involve an infringement of Article 2 or 3 of the Convention.</param>
/// <param name="ReferredToIopc">The complaint has been, or must be, referred to the IOPC.</param>
public sealed record ReviewBodyFacts(bool AboutChiefOfficer, bool AboutSeniorOfficer, bool CouldJustifyProceedings, bool CouldInfringeArticle2Or3, bool ReferredToIopc);

/// <summary>The review body and the reasons, for the case file and the letter to the complainant.</summary>
/// <param name="Body">Who reviews.</param>
/// <param name="Reasons">Each criterion that sends the review to the IOPC; empty when the local policing body reviews.</param>
public sealed record ReviewBodyDecision(ReviewBodyKind Body, IReadOnlyList<string> Reasons);

/// <summary>Applies the review-body test: the IOPC reviews if any criterion holds, the local policing body otherwise.</summary>
public static class ReviewBody
{
    /// <summary>Decides who reviews, giving every criterion that applies.</summary>
    public static ReviewBodyDecision Decide(ReviewBodyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<string>();
        if (facts.AboutChiefOfficer)
        {
            reasons.Add("the complaint is about the chief officer, so the local policing body is the appropriate authority");
        }

        if (facts.AboutSeniorOfficer)
        {
            reasons.Add("the complaint concerns a senior officer (above chief superintendent)");
        }

        if (facts.CouldJustifyProceedings)
        {
            reasons.Add("the conduct, if proved, might justify criminal or disciplinary proceedings");
        }

        if (facts.CouldInfringeArticle2Or3)
        {
            reasons.Add("the complaint might involve an infringement of Article 2 or 3 of the European Convention on Human Rights");
        }

        if (facts.ReferredToIopc)
        {
            reasons.Add("the complaint has been, or must be, referred to the IOPC");
        }

        return new ReviewBodyDecision(reasons.Count > 0 ? ReviewBodyKind.Iopc : ReviewBodyKind.LocalPolicingBody, reasons);
    }
}

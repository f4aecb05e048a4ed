namespace Oversight.Domain.Engagement;

/// <summary>Why the office is consulting.</summary>
public enum ConsultationPurpose
{
    /// <summary>The Police and Crime Plan.</summary>
    Plan,

    /// <summary>The police precept (the policing part of council tax).</summary>
    Precept,

    /// <summary>The Serious Violence Duty strategy.</summary>
    SeriousViolenceStrategy,

    /// <summary>A survey of partner organisations.</summary>
    PartnershipSurvey,
}

/// <summary>How a response reached the office.</summary>
public enum ConsultationChannel
{
    /// <summary>An online survey.</summary>
    OnlineSurvey,

    /// <summary>Paper or tablet at an in-person event.</summary>
    InPersonEvent,

    /// <summary>The children's or young people's survey.</summary>
    YouthSurvey,

    /// <summary>A session run with a partner organisation.</summary>
    PartnerSession,
}

/// <summary>Words for purposes and channels.</summary>
public static class ConsultationWords
{
    /// <summary>A plain label for the purpose.</summary>
    public static string Label(this ConsultationPurpose purpose) => purpose switch
    {
        ConsultationPurpose.Plan => "Police and Crime Plan",
        ConsultationPurpose.Precept => "Police precept",
        ConsultationPurpose.SeriousViolenceStrategy => "Serious violence strategy",
        _ => "Partnership survey",
    };

    /// <summary>A plain label for the channel.</summary>
    public static string Label(this ConsultationChannel channel) => channel switch
    {
        ConsultationChannel.OnlineSurvey => "Online survey",
        ConsultationChannel.InPersonEvent => "In-person events",
        ConsultationChannel.YouthSurvey => "Youth survey",
        _ => "Partner sessions",
    };
}

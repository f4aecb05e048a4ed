namespace Oversight.Domain.Plan;

/// <summary>The sort of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>The Mayor's or Commissioner's own office.</summary>
    Office,

    /// <summary>A police force.</summary>
    Police,

    /// <summary>A district, borough or county council.</summary>
    Council,

    /// <summary>A Violence Reduction Partnership.</summary>
    ViolenceReductionPartnership,

    /// <summary>An NHS body.</summary>
    Health,

    /// <summary>A fire and rescue service.</summary>
    Fire,

    /// <summary>A provider commissioned to deliver services.</summary>
    Provider,

    /// <summary>A voluntary, community or faith group.</summary>
    CommunityGroup,

    /// <summary>A national body such as a government department or the ONS.</summary>
    National,
}

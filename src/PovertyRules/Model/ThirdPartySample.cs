namespace PovertyRules.Model;

/// <summary>
/// What a third-party evaluation (第三方评估) found in its sample. Immutable; each count is <c>null</c> when not recorded.
/// </summary>
public sealed record ThirdPartySample
{
    /// <summary>Exited people in the sample (调查脱贫人口): the denominator of the wrong-exit rate.</summary>
    public int? ExitedPeopleSampled { get; init; }

    /// <summary>Of those, people found to have exited wrongly (错退人口): the numerator of the wrong-exit rate.</summary>
    public int? WronglyExitedPeople { get; init; }

    /// <summary>Non-registered rural people in the sampled villages (调查非建档立卡人口): the denominator of the omission rate.</summary>
    public int? NonRegisteredPeopleSampled { get; init; }

    /// <summary>Of those, poor people found to have been left off the register (漏评人口): the numerator of the omission rate.</summary>
    public int? OmittedPoorPeople { get; init; }

    /// <summary>Households surveyed about the poverty work: the denominator of public approval.</summary>
    public int? HouseholdsSurveyed { get; init; }

    /// <summary>Of those, households that approve (认可): the numerator of public approval.</summary>
    public int? HouseholdsApproving { get; init; }
}

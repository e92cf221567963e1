using PovertyRules.Policy;

namespace PovertyRules.Rules.Accountability;

/// <summary>A profile's accountability parameters resolved once for fast reading by the accountability rules.</summary>
internal sealed class AccountabilityParameters
{
    public AccountabilityParameters(PolicyProfile profile)
    {
        Profile = profile;
        PromotionYears = profile.PromotionPriorityConsecutiveYears.Value;
        PromotionGrade = profile.PromotionPriorityGrade.Value;
        ApplicableMask = AccountabilityCriteria.Catalog.ApplicableUnder(profile);
    }

    public PolicyProfile Profile { get; }

    /// <summary>How many consecutive years graded <see cref="PromotionGrade"/> flag a county's leaders for priority in promotion.</summary>
    public int PromotionYears { get; }

    /// <summary>The grade that counts towards priority in promotion (compared as recorded, ordinal).</summary>
    public string PromotionGrade { get; }

    /// <summary>Bit i set when criterion i of <see cref="AccountabilityCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }
}

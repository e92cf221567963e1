using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>A profile's county parameters resolved once for fast reading by the county rules.</summary>
internal sealed class CountyParameters : AreaParameters
{
    public CountyParameters(PolicyProfile profile)
        : base(profile, profile.CountyIncidenceThreshold.Value, profile.WesternCountyIncidenceThreshold.Value, profile.CountyIncidenceComparison.Value)
    {
        WrongExitThreshold = new Threshold(profile.WrongExitRateThreshold.Value, profile.WrongExitRateComparison.Value);
        OmissionThreshold = new Threshold(profile.OmissionRateThreshold.Value, profile.OmissionRateComparison.Value);
        ApprovalThreshold = new Threshold(profile.PublicApprovalThreshold.Value, profile.PublicApprovalComparison.Value);
        RegisterIncidenceGate = profile.RegisterIncidenceGate.Value is { } gate ? new Threshold(gate, profile.RegisterIncidenceGateComparison.Value) : null;
        Comprehensive = profile.ComprehensiveIncidence.Value;
        MinimumRuralIncome = profile.CountyMinimumRuralIncome.Value is { } minimum ? new Threshold(minimum, PassingSide.AtLeast) : null;
        ApplicableMask = CountyCriteria.Catalog.ApplicableUnder(profile);
    }

    public Threshold WrongExitThreshold { get; }

    public Threshold OmissionThreshold { get; }

    public Threshold ApprovalThreshold { get; }

    /// <summary>The gate on the register's own incidence; <c>null</c> when the profile sets none (the criterion does not apply).</summary>
    public Threshold? RegisterIncidenceGate { get; }

    /// <summary>Whether the incidence criterion tests the comprehensive incidence (the profile's <c>comprehensiveIncidence</c> option).</summary>
    public bool Comprehensive { get; }

    /// <summary>The rural income per person a county must reach; <c>null</c> when the profile sets none (the criterion does not apply).</summary>
    public Threshold? MinimumRuralIncome { get; }

    /// <summary>Bit i set when criterion i of <see cref="CountyCriteria.Catalog"/> applies under this profile.</summary>
    public override int ApplicableMask { get; }
}

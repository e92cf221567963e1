
namespace PovertyRules.Rules.County;

/// <summary>
/// The 2017 method's first indicator: in the year of de-capping, the register's own poverty incidence (remaining
/// registered poor people / rural population, not the comprehensive one) must not be above the profile's gate (3%).
/// It applies only where the profile sets <c>registerIncidenceGate</c> (off in the built-in profiles); its
/// comparison (<c>registerIncidenceGateComparison</c>, at most by default: exactly 3% does not block) is the profile's.
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困县退出专项评估检查实施办法 (国开办发〔2017〕56号): 摘帽当年建档立卡信息系统贫困发生率高于3%的，不得退出 — the register's incidence at most (or below, as the profile's comparison says) the profile's gate, where it sets one")]
internal sealed class RegisterIncidenceGateRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-REGISTER-INCIDENCE";

    private static Evidence Explain(CountyFact fact)
    {
        var profile = fact.Parameters.Profile;
        var gate = profile.RegisterIncidenceGate;
        var comparison = profile.RegisterIncidenceGateComparison;
        var threshold = fact.Parameters.RegisterIncidenceGate!.Value;
        var county = fact.County;
        return new Evidence(
            IncidenceText.Describe(county.RemainingPoorPeople, fact.UnassessedHouseholds, county.RuralPopulation),
            $"{threshold.Describe(Formats.Percent)} ({threshold.Wording})",
            "registerIncidenceGate, registerIncidenceGateComparison",
            $"{gate.Citation}; comparison: {comparison.Citation}",
            gate.Verified && comparison.Verified);
    }

    internal static readonly MeasureCriterion<CountyFact> Criterion =
        new(Id, "Register incidence within the gate", "建档立卡信息系统贫困发生率不高于门槛", c => c.Incidence, c => c.Parameters.RegisterIncidenceGate, Explain, profile => profile.RegisterIncidenceGate.Value != null);
}


namespace PovertyRules.Rules.County;

/// <summary>
/// 群众认可度 — approving households / surveyed households is above the profile's threshold (90%); failing it alone
/// blocks the exit. The profile's <c>publicApprovalComparison</c> says whether an approval equal to the threshold fails
/// (the 2016 statements' 必须高于, CN-2014 … CN-2016) or passes (the 2017 method's 低于90%的不得退出).
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("群众认可度必须高于90% (国务院扶贫办, 2017); 群众认可度低于90%的，不得退出 (国开办发〔2017〕56号) — public approval above, or at least, the profile's threshold as its comparison says")]
internal sealed class PublicApprovalRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-APPROVAL";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.Approval.Criterion(Id, "Public approval above the threshold", "群众认可度高于标准");
}

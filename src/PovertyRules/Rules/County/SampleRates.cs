using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>The three third-party rates of a county's sample, each against its threshold, with their 95% Wilson intervals.</summary>
internal static class SampleRates
{
    public static (RateEstimate? WrongExit, RateEstimate? Omission, RateEstimate? Approval) Estimate(ThirdPartySample sample, CountyParameters p) =>
        (RateEstimate.Of("wrong-exit rate", sample.WronglyExitedPeople, sample.ExitedPeopleSampled, p.WrongExitThreshold),
         RateEstimate.Of("omission rate", sample.OmittedPoorPeople, sample.NonRegisteredPeopleSampled, p.OmissionThreshold),
         RateEstimate.Of("public approval", sample.HouseholdsApproving, sample.HouseholdsSurveyed, p.ApprovalThreshold));
}

using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// An independent, plain-C# statement of the cadre accountability rules (POLICY.md §8 and the seed article), written
/// from the policy text rather than from the rule files, for the equivalence tests: each rule as a direct three-valued
/// test over the record, no facts, tallies or NRules.
/// </summary>
internal static class AccountabilityReferenceEvaluator
{
    internal enum V
    {
        Met,
        NotMet,
        Unknown,
    }

    public sealed record Result(AccountabilityStatus Status, HashSet<string> Failed, HashSet<string> Unknown);

    private static readonly string[] Duties = ["ACC-TRANSFER", "ACC-TARGET-VETO", "ACC-TASK-FORCE", "ACC-HELPER"];

    public static Result Evaluate(CountyAccountability county, PolicyProfile profile)
    {
        var verdicts = new Dictionary<string, V>
        {
            ["ACC-TRANSFER"] = Transfers(county),
            ["ACC-TARGET-VETO"] = Veto(county),
            ["ACC-TASK-FORCE"] = Covered(county.Assistance?.PoorVillages, county.Assistance?.VillagesWithTaskForce),
            ["ACC-HELPER"] = Covered(county.Assistance?.PoorHouseholds, county.Assistance?.HouseholdsWithHelper),
            ["ACC-PROMOTION-SECRETARY"] = Promotion(county, LeaderRole.PartySecretary, profile),
            ["ACC-PROMOTION-HEAD"] = Promotion(county, LeaderRole.CountyHead, profile),
        };
        var failed = verdicts.Where(v => v.Value == V.NotMet).Select(v => v.Key).ToHashSet();
        var unknown = verdicts.Where(v => v.Value == V.Unknown).Select(v => v.Key).ToHashSet();
        var status = Duties.Any(failed.Contains) ? AccountabilityStatus.Breach
            : Duties.Any(unknown.Contains) ? AccountabilityStatus.Undetermined
            : AccountabilityStatus.Compliant;
        return new Result(status, failed, unknown);
    }

    /// <summary>Whether a year's target was met: the counts decide when both are there, else the recorded flag.</summary>
    public static bool? TargetMet(AnnualAssessmentRecord y)
    {
        if (y.ReductionTarget.HasValue && y.PeopleLiftedOut.HasValue)
        {
            return !(y.PeopleLiftedOut.Value < y.ReductionTarget.Value);
        }

        return y.TargetMet;
    }

    private static V Transfers(CountyAccountability c)
    {
        if (c.ProposedTransfers is null)
        {
            return V.Unknown;
        }

        var verdicts = c.ProposedTransfers.Select(t => Transfer(c, t)).ToList();
        return verdicts.Contains(V.NotMet) ? V.NotMet : verdicts.Contains(V.Unknown) ? V.Unknown : V.Met;
    }

    private static V Transfer(CountyAccountability c, ProposedTransfer t)
    {
        // Allowed outright: a county that is not designated, a general term change, documented special circumstances,
        // or a transfer on or after the day of de-capping.
        var onOrAfterDecapping = c.Decapped == true && c.DecappedOn.HasValue && t.Date.HasValue && t.Date.Value.DayNumber >= c.DecappedOn.Value.DayNumber;
        if (c.Designated == false || t.Reason == TransferReason.GeneralTermChange
            || (t.Reason == TransferReason.SpecialCircumstances && t.ApprovalDocumented == true) || onOrAfterDecapping)
        {
            return V.Met;
        }

        var notExempt = t.Reason == TransferReason.Other || (t.Reason == TransferReason.SpecialCircumstances && t.ApprovalDocumented == false);
        var beforeDecapping = c.Decapped == false
            || (c.Decapped == true && c.DecappedOn.HasValue && t.Date.HasValue && t.Date.Value.DayNumber < c.DecappedOn.Value.DayNumber);
        return c.Designated == true && notExempt && beforeDecapping ? V.NotMet : V.Unknown;
    }

    private static V Veto(CountyAccountability c)
    {
        if (c.Years is null || c.Years.Count == 0)
        {
            return V.Unknown;
        }

        var met = c.Years.Select(TargetMet).ToList();
        return met.Contains(false) ? V.NotMet : met.Contains(null) ? V.Unknown : V.Met;
    }

    private static V Covered(int? whole, int? covered)
    {
        if (whole is null || covered is null)
        {
            return V.Unknown;
        }

        return covered.Value < whole.Value ? V.NotMet : V.Met;
    }

    private static V Promotion(CountyAccountability c, LeaderRole role, PolicyProfile profile)
    {
        if (c.Years is null || c.Years.Count == 0)
        {
            return V.Unknown;
        }

        var latest = c.Years.Select(y => y.Year).Max();
        var run = profile.PromotionPriorityConsecutiveYears.Value;
        var first = latest - run + 1;
        var fails = false;
        var missing = false;
        for (var year = first; year <= latest; year++)
        {
            var record = c.Years.SingleOrDefault(y => y.Year == year);
            if (record is null || record.Grade is null)
            {
                missing = true;
            }
            else if (record.Grade != profile.PromotionPriorityGrade.Value || TargetMet(record) == false)
            {
                fails = true;
            }
            else if (TargetMet(record) is null)
            {
                missing = true;
            }
        }

        var leader = c.Leaders.SingleOrDefault(l => l.Role == role);
        if (leader?.StartDate is null)
        {
            missing = true;
        }
        else if (leader.StartDate.Value.Year > first)
        {
            fails = true;
        }

        return fails ? V.NotMet : missing ? V.Unknown : V.Met;
    }
}

using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>基本医疗有保障 — every member eligible for basic medical insurance is enrolled.</summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("基本医疗有保障 (中办发〔2016〕16号 二(一)): every member eligible for basic medical insurance is enrolled")]
internal sealed class MedicalInsuranceRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-MEDICAL";

    /// <summary>Eligible members not enrolled, and members whose eligibility or (when eligible) enrolment is not recorded.</summary>
    internal static Tally Count(Model.Household household) =>
        Tally.Of(household.Members, 0, static (member, _) => Judge(member));

    internal static Verdict Judge(Member member) =>
        member.MedicalInsuranceEligible switch
        {
            null => Verdict.Unknown,
            false => Verdict.Met,
            true => member.MedicalInsuranceEnrolled switch
            {
                null => Verdict.Unknown,
                true => Verdict.Met,
                false => Verdict.NotMet,
            },
        };

    private static Evidence Explain(HouseholdFact fact)
    {
        var members = fact.Household.Members;
        int eligible = 0, enrolled = 0;
        var notes = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.MedicalInsuranceEligible == true)
            {
                eligible++;
                if (member.MedicalInsuranceEnrolled == true)
                {
                    enrolled++;
                }
            }

            var verdict = Judge(member);
            if (verdict == Verdict.NotMet)
            {
                notes.Add($"Members[{i}] not enrolled");
            }
            else if (verdict == Verdict.Unknown)
            {
                notes.Add(member.MedicalInsuranceEligible is null
                    ? $"Members[{i}] eligibility missing"
                    : $"Members[{i}] enrolment missing");
            }
        }

        var actual = $"{enrolled} of {eligible} eligible members enrolled";
        return new Evidence(
            notes.Count == 0 ? actual : $"{actual}; {string.Join("; ", notes)}",
            "every eligible member enrolled",
            null,
            Citations.ExitMechanismHousehold,
            true);
    }

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.ExitCriterion, "Basic medical insurance", "基本医疗有保障", h => h.Insurance, Explain);
}

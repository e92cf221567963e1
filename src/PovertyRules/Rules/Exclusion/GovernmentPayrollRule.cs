using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (1) — a member is fiscally supported personnel (on a government payroll), including village cadres where
/// the profile counts them; a cadre may be exempt when the household has a documented major cause of poverty.
/// </summary>
[Name(Id), Tag(RuleTags.Exclusion), Description("四类对象(一) 财政供养人员(含村干部) (2015年建档立卡回头看): a member on a government payroll, including village cadres")]
internal sealed class GovernmentPayrollRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-PAYROLL";

    /// <summary>Members on a government payroll or counted as village cadres, and members whose status decides and is not recorded.</summary>
    internal static Tally Count(Model.Household household, HouseholdParameters p) =>
        Tally.Of(household.Members, (household, p), static (member, context) => Judge(member, context.household, context.p));

    private static Verdict Judge(Member member, Model.Household household, HouseholdParameters p)
    {
        if (member.OnGovernmentPayroll == true)
        {
            return Verdict.NotMet;
        }

        var cadre = p.CadresExcluded ? JudgeCadre(member, household, p) : Verdict.Met;
        return cadre != Verdict.Met || member.OnGovernmentPayroll is not null ? cadre : Verdict.Unknown;
    }

    private static Verdict JudgeCadre(Member member, Model.Household household, HouseholdParameters p)
    {
        if (member.VillageCadre != true)
        {
            return member.VillageCadre is null ? Verdict.Unknown : Verdict.Met;
        }

        if (!p.CadreWithMajorCauseExempt)
        {
            return Verdict.NotMet;
        }

        return household.MajorPovertyCauseDocumented switch
        {
            true => Verdict.Met,
            false => Verdict.NotMet,
            null => Verdict.Unknown,
        };
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var members = fact.Household.Members;
        var notes = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.OnGovernmentPayroll == true)
            {
                notes.Add($"Members[{i}] on a government payroll");
            }
            else if (member.VillageCadre == true)
            {
                notes.Add($"Members[{i}] is a village cadre{(Judge(member, fact.Household, fact.Parameters) == Verdict.Met ? " (exempt)" : string.Empty)}");
            }
            else if (Judge(member, fact.Household, fact.Parameters) == Verdict.Unknown)
            {
                notes.Add($"Members[{i}] payroll or cadre status missing");
            }
        }

        var profile = fact.Parameters.Profile;
        var threshold = !profile.VillageCadresExcluded.Value
            ? "no member on a government payroll (village cadres not counted)"
            : profile.CadreWithMajorCauseExempt.Value
                ? "no member on a government payroll or a village cadre (cadres exempt with a documented major cause of poverty)"
                : "no member on a government payroll or a village cadre";
        return new Evidence(
            notes.Count == 0 ? "none" : string.Join("; ", notes),
            threshold,
            "villageCadresExcluded, cadreWithMajorCauseExempt",
            profile.VillageCadresExcluded.Citation,
            profile.VillageCadresExcluded.Verified && profile.CadreWithMajorCauseExempt.Verified);
    }

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.Exclusion, "No member on a government payroll (incl. village cadres)", "无财政供养人员(含村干部)", h => h.Payroll, Explain);
}

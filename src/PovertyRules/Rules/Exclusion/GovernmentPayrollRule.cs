using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Model;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (1) — a member is fiscally supported personnel (on a government payroll), including village cadres where
/// the profile counts them; a cadre may be exempt when the household has a documented major cause of poverty.
/// </summary>
[Name(Id)]
[Description("四类对象(一) 财政供养人员(含村干部) (2015年建档立卡回头看): a member on a government payroll, including village cadres")]
[Tag(RuleTags.Exclusion)]
public sealed class GovernmentPayrollRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-PAYROLL";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.Exclusion, "No member on a government payroll (incl. village cadres)", "无财政供养人员(含村干部)", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact) =>
        Verdicts.All(fact.Household.Members, fact, static (member, f) => Judge(member, f));

    private static Verdict Judge(Member member, HouseholdFact fact)
    {
        if (member.OnGovernmentPayroll == true)
        {
            return Verdict.NotMet;
        }

        var cadre = fact.Parameters.CadresExcluded ? JudgeCadre(member, fact) : Verdict.Met;
        return cadre != Verdict.Met || member.OnGovernmentPayroll is not null ? cadre : Verdict.Unknown;
    }

    private static Verdict JudgeCadre(Member member, HouseholdFact fact)
    {
        if (member.VillageCadre != true)
        {
            return member.VillageCadre is null ? Verdict.Unknown : Verdict.Met;
        }

        if (!fact.Parameters.CadreWithMajorCauseExempt)
        {
            return Verdict.NotMet;
        }

        return fact.Household.MajorPovertyCauseDocumented switch
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
                notes.Add($"Members[{i}] is a village cadre{(Judge(member, fact) == Verdict.Met ? " (exempt)" : string.Empty)}");
            }
            else if (Judge(member, fact) == Verdict.Unknown)
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
}

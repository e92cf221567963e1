using System.Globalization;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 义务教育有保障 — no child of compulsory-school age is out of school because of poverty. A child out of school for
/// another documented reason (severe disability with home schooling, illness, completed compulsory education) does not
/// fail it.
/// </summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("义务教育有保障 (中办发〔2016〕16号 二(一)): no member of compulsory-school age out of school because of poverty (因贫辍学)")]
internal sealed class CompulsoryEducationRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-EDUCATION";

    /// <summary>
    /// Members of compulsory-school age (on the profile's reference date) out of school because of poverty, and members
    /// whose age, schooling status or (when out of school) reason is not recorded.
    /// </summary>
    internal static Tally Count(Model.Household household, HouseholdParameters p) =>
        Tally.Of(household.Members, p, static (member, parameters) => Judge(member, parameters));

    internal static Verdict Judge(Member member, HouseholdParameters p)
    {
        if (p.OfCompulsorySchoolAge(member) is not { } ofAge)
        {
            return Verdict.Unknown;
        }

        if (!ofAge)
        {
            return Verdict.Met;
        }

        return member.Schooling switch
        {
            null => Verdict.Unknown,
            SchoolingStatus.NotInSchool => member.OutOfSchoolReason switch
            {
                null => Verdict.Unknown,
                OutOfSchoolReason.Poverty => Verdict.NotMet,
                _ => Verdict.Met,
            },
            _ => Verdict.Met,
        };
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var p = fact.Parameters;
        var notes = new List<string>();
        var members = fact.Household.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var age = member.AgeOn(p.AgeReferenceDate);
            var note = Judge(member, p) switch
            {
                Verdict.NotMet => $"Members[{i}] aged {age} out of school because of poverty",
                Verdict.Unknown when age is null => $"Members[{i}] age missing",
                Verdict.Unknown when member.Schooling is null => $"Members[{i}] aged {age}: schooling status missing",
                Verdict.Unknown => $"Members[{i}] aged {age} not in school: reason missing",
                _ when age >= p.EducationFromAge && age <= p.EducationToAge => $"Members[{i}] aged {age}: {Describe(member)}",
                _ => null,
            };
            if (note is not null)
            {
                notes.Add(note);
            }
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"{p.EducationFromAge}–{p.EducationToAge}");
        return new Evidence(
            notes.Count == 0 ? $"no member aged {range}" : string.Join("; ", notes),
            $"no member aged {range} (on {p.AgeReferenceDate:yyyy-MM-dd}) out of school because of poverty",
            "compulsoryEducationFromAge, compulsoryEducationToAge, ageReferenceDate",
            p.Profile.CompulsoryEducationFromAge.Citation,
            p.Profile.CompulsoryEducationFromAge.Verified && p.Profile.CompulsoryEducationToAge.Verified && p.Profile.AgeReferenceDate.Verified);
    }

    private static string Describe(Member member) =>
        member.Schooling == SchoolingStatus.NotInSchool ? $"not in school ({member.OutOfSchoolReason})" : $"in school ({member.Schooling})";

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.ExitCriterion, "Compulsory education guaranteed", "义务教育有保障", h => h.Education, Explain);
}

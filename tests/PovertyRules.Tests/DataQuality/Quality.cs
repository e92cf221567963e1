using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

/// <summary>
/// Households for the data-quality tests: <see cref="Clean"/> passes every check under the 2016 national profile
/// (ages taken on 2016-12-31); tests change one thing with <c>with</c>.
/// </summary>
internal static class Quality
{
    public static PolicyProfile National2016 => PolicyProfiles.National(2016);

    /// <summary>An 18-character ID number with its GB 11643 check character, computed here independently of the library.</summary>
    public static string IdNumber(DateOnly born, int sequence, string region = "360730")
    {
        var body = region + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static Member Head => Person(new DateOnly(1968, 3, 12), 3, Sex.Male, Relationship.Head) with { Schooling = SchoolingStatus.NotInSchool, Labour = LabourSkill.Ordinary };

    public static Member Spouse => Person(new DateOnly(1970, 7, 2), 4, Sex.Female, Relationship.Spouse) with { Schooling = SchoolingStatus.NotInSchool, Labour = LabourSkill.Ordinary };

    public static Member Son => Person(new DateOnly(2006, 5, 1), 7, Sex.Male, Relationship.Son) with { Schooling = SchoolingStatus.Primary };

    public static Member Person(DateOnly born, int sequence, Sex sex, Relationship relationship) => new()
    {
        IdNumber = IdNumber(born, sequence),
        Relationship = relationship,
        Sex = sex,
        BirthDate = born,
        CriticalIllnessInsured = true,
    };

    /// <summary>A member born on <paramref name="born"/> with a matching ID number, of no relationship to check, schooling and labour recorded.</summary>
    public static Member Relative(DateOnly born, int sequence = 11) =>
        Person(born, sequence, Sex.Male, Relationship.Grandson) with { Schooling = SchoolingStatus.NotInSchool, Labour = LabourSkill.Ordinary };

    public static Household Clean(string id = "H1") => new()
    {
        Id = id,
        VillageCode = Households.Village,
        Members = [Head, Spouse, Son],
        Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3400m }],
        Dwelling = new Dwelling { Grade = HousingGrade.A, Resettled = false, FloorAreaSquareMetres = 80m },
        SafeDrinkingWater = true,
        MainPovertyCause = PovertyCause.LackOfCapital,
        ExitFlag = ExitFlag.ExitedWithSupport,
    };

    /// <summary>A clean household of other people (other ID numbers, the same birth dates), for runs of several households.</summary>
    public static Household Neighbour(string id) => Clean(id) with
    {
        Members =
        [
            Head with { IdNumber = IdNumber(new DateOnly(1968, 3, 12), 21) },
            Spouse with { IdNumber = IdNumber(new DateOnly(1970, 7, 2), 22) },
            Son with { IdNumber = IdNumber(new DateOnly(2006, 5, 1), 23) },
        ],
    };

    /// <summary>The household with member <paramref name="index"/> changed by <paramref name="change"/>.</summary>
    public static Household WithMember(this Household household, int index, Func<Member, Member> change) =>
        household with { Members = [.. household.Members.Select((m, i) => i == index ? change(m) : m)] };

    public static HouseholdQuality Validate(Household household, PolicyProfile? profile = null) =>
        Engine.Instance.Validate(household, profile ?? National2016);

    /// <summary>What check <paramref name="ruleId"/> did with <paramref name="household"/>.</summary>
    public static Check CheckOf(this Household household, string ruleId, PolicyProfile? profile = null)
    {
        var quality = Validate(household, profile);
        quality.InputErrors.Should().BeEmpty("the test household must be well-formed");
        if (quality.Findings.Any(f => f.RuleId == ruleId))
        {
            return Check.Found;
        }

        if (quality.Unchecked.Contains(ruleId))
        {
            return Check.Unchecked;
        }

        var applies = Engine.Instance.ValidateMany([], profile ?? National2016).Rules.Any(r => r.RuleId == ruleId);
        return applies ? Check.Passed : Check.NotApplicable;
    }

    public static PovertyRules.Rules.DataQuality.DataQualityFinding Finding(this Household household, string ruleId, PolicyProfile? profile = null) =>
        Validate(household, profile).Findings.Single(f => f.RuleId == ruleId);
}

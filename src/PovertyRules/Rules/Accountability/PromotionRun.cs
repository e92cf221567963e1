using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// The run of years the promotion-priority rules read, for one of the two leaders: the profile's number of consecutive
/// years ending at the latest recorded year, each of which must be graded the profile's grade and not vetoed (its
/// reduction target met), and the leader in post in each of them (taken up the post by the end of the run's first year).
/// </summary>
internal static class PromotionRun
{
    /// <summary>
    /// The run's items counted once: the years and the tenure known to fail, and those undecided (a year or grade not
    /// recorded, a target not known, no leader or start date recorded; 1 when no year is recorded).
    /// </summary>
    public static Tally Count(CountyAccountability record, AccountabilityParameters parameters, LeaderRole role)
    {
        if (record.Years is not { Count: > 0 } years)
        {
            return new Tally(0, 1);
        }

        var (first, last) = Span(years, parameters);
        int failing = 0, undecided = 0;
        for (var year = first; year <= last; year++)
        {
            switch (JudgeYear(years, year, parameters))
            {
                case Verdict.NotMet:
                    failing++;
                    break;
                case Verdict.Unknown:
                    undecided++;
                    break;
            }
        }

        switch (JudgeTenure(record, role, first))
        {
            case Verdict.NotMet:
                failing++;
                break;
            case Verdict.Unknown:
                undecided++;
                break;
        }

        return new Tally(failing, undecided);
    }

    /// <summary>The run's first and last year: the profile's number of years, ending at the latest recorded year.</summary>
    public static (int First, int Last) Span(IReadOnlyList<AnnualAssessmentRecord> years, AccountabilityParameters parameters)
    {
        var last = years.Max(y => y.Year);
        return (last - parameters.PromotionYears + 1, last);
    }

    /// <summary>A year of the run: graded the profile's grade and not vetoed; unknown when the year, its grade or (for the grade) its target is not recorded.</summary>
    public static Verdict JudgeYear(IReadOnlyList<AnnualAssessmentRecord> years, int year, AccountabilityParameters parameters)
    {
        var record = years.FirstOrDefault(y => y.Year == year);
        if (record?.Grade is not { } grade)
        {
            return Verdict.Unknown;
        }

        if (!string.Equals(grade, parameters.PromotionGrade, StringComparison.Ordinal))
        {
            return Verdict.NotMet;
        }

        return AnnualTargetVetoRule.TargetMet(record) switch { true => Verdict.Met, false => Verdict.NotMet, null => Verdict.Unknown };
    }

    /// <summary>The leader of <paramref name="role"/> took up the post by the end of the run's first year; unknown without the leader or the start date.</summary>
    public static Verdict JudgeTenure(CountyAccountability record, LeaderRole role, int firstYear) =>
        record.Leaders.FirstOrDefault(l => l.Role == role)?.StartDate switch
        {
            null => Verdict.Unknown,
            var start => start.Value.Year <= firstYear ? Verdict.Met : Verdict.NotMet,
        };

    /// <summary>What a promotion-priority finding was decided on, for the leader of <paramref name="role"/>.</summary>
    public static Evidence Explain(AccountabilityFact fact, LeaderRole role, string post)
    {
        var parameters = fact.Parameters;
        var profile = parameters.Profile;
        var record = fact.Record;
        var leader = record.Leaders.FirstOrDefault(l => l.Role == role);
        var tenure = leader is null ? $"no {post} recorded (Leaders)"
            : leader.StartDate is { } start ? $"{post}{(leader.Name is { } name ? $" {name}" : string.Empty)} in post since {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"{post}'s start date not recorded (Leaders.StartDate)";
        string actual, required;
        if (record.Years is not { Count: > 0 } years)
        {
            actual = $"no annual assessment recorded (Years); {tenure}";
            required = $"graded {parameters.PromotionGrade} in {parameters.PromotionYears} consecutive years, each target met, with the {post} in post in each";
        }
        else
        {
            var (first, last) = Span(years, parameters);
            var grades = string.Join(", ", Enumerable.Range(first, last - first + 1).Select(y => Grade(years, y)));
            actual = $"{grades}; {tenure}";
            required = $"graded {parameters.PromotionGrade} in each of the {parameters.PromotionYears} consecutive years {first}–{last}, each target met (no veto), with the {post} in post by the end of {first}";
        }

        return new Evidence(
            actual,
            required,
            "promotionPriorityGrade, promotionPriorityConsecutiveYears",
            $"{profile.PromotionPriorityGrade.Citation}; run of years: {profile.PromotionPriorityConsecutiveYears.Citation}",
            profile.PromotionPriorityGrade.Verified && profile.PromotionPriorityConsecutiveYears.Verified);
    }

    private static string Grade(IReadOnlyList<AnnualAssessmentRecord> years, int year)
    {
        var record = years.FirstOrDefault(y => y.Year == year);
        if (record is null)
        {
            return $"{year} not recorded";
        }

        var target = AnnualTargetVetoRule.TargetMet(record) switch { true => "target met", false => "target missed", null => "target not recorded" };
        return $"{year} {record.Grade ?? "grade not recorded"} ({target})";
    }
}

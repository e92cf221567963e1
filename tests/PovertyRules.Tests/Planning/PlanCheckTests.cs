using System.Collections.Immutable;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Planning;

public class PlanCheckTests
{
    private const string Article = "seed article (省委、省政府“十三五”脱贫计划)";

    /// <summary>
    /// The province plan of the seed article (../shared/seed/000_62d86be3e5c71cdc.txt), every input from its text:
    /// 4,650,000 poor at the end of 2015 (「我省2015年底还有约465万名贫困人口」); the yearly targets (「2016年脱贫110万人,
    /// 2017年脱贫150万人,2018年脱贫110万人,2019年脱贫65万人,2020年脱贫30万人」); everyone out by 2020 (「到2020年确保所有
    /// 贫困人口全部脱贫」); 80% in the first three years (「前3年脱贫80%」); the period 1 February 2016 – 31 December 2020, the
    /// one that gives the article's 「满打满算只有59个月、1700多天」 (from January it would be 60 months): the plan was signed
    /// on 31 January 2016 (「1月31日…签署脱贫攻坚责任书」).
    /// </summary>
    internal static ProvincePlan Hunan(long early2018 = 1_100_000, long starting = 4_650_000) => new(
        BaseYear: 2015,
        StartingPoor: starting,
        YearlyTargets: ImmutableSortedDictionary.CreateRange([
            KeyValuePair.Create(2016, 1_100_000L), KeyValuePair.Create(2017, 1_500_000L), KeyValuePair.Create(2018, early2018),
            KeyValuePair.Create(2019, 650_000L), KeyValuePair.Create(2020, 300_000L)]),
        TargetYear: 2020,
        EarlyYears: 3,
        EarlyShare: new Parameter<decimal>(0.8m, Article + ": 要确保“十三五”期间前3年脱贫80%", false),
        PeriodStart: new DateOnly(2016, 2, 1),
        PeriodEnd: new DateOnly(2020, 12, 31));

    [Fact]
    public void The_article_plan_reproduces_its_59_months_1796_days_nearly_80000_a_month_and_about_2600_a_day()
    {
        var check = PlanCheck.Of(Hunan());

        check.Months.Should().Be(59);
        check.Days.Should().Be(1_796, "「1700多天」");
        Math.Round(check.PerMonth, 2).Should().Be(78_813.56m, "「每个月要减少近8万贫困人口」");
        Math.Round(check.PerDay, 2).Should().Be(2_589.09m, "「每天要有约2600人脱贫」");
    }

    [Fact]
    public void The_article_plan_takes_everyone_out_by_2020()
    {
        var check = PlanCheck.Of(Hunan());

        check.PlannedByTarget.Should().Be(4_650_000);
        check.EveryoneOutByTarget.Should().BeTrue();
    }

    [Fact]
    public void The_article_plan_reaches_79_6_percent_in_its_first_three_years_which_is_below_the_stated_80()
    {
        // 110 + 150 + 110 = 370 of 465 (ten thousands) = 79.57%: rounded to whole percent it reads as 80%, exactly it falls short.
        var check = PlanCheck.Of(Hunan());

        check.EarlyReduction.Should().Be(3_700_000);
        check.EarlySharePercent.Should().Be(79.6m);
        check.EarlyShareReached.Should().BeFalse();
        check.EarlyShareText.Should().StartWith("first 3 years: 3,700,000 of 4,650,000 = 79.6% (79.57%), below the stated 80%");
    }

    [Theory]
    // 1.10M + 1.50M + 1.12M = 3.72M = 80% of 4.65M exactly.
    [InlineData(1_120_000, true)]
    [InlineData(1_119_999, false)]
    public void A_first_three_years_share_of_exactly_80_percent_is_reached_and_one_person_less_is_not(long in2018, bool reached) =>
        PlanCheck.Of(Hunan(early2018: in2018)).EarlyShareReached.Should().Be(reached);

    [Fact]
    public void A_plan_one_person_short_does_not_take_everyone_out()
    {
        var check = PlanCheck.Of(Hunan(starting: 4_650_001));

        check.EveryoneOutByTarget.Should().BeFalse();
        check.RemainingAtTarget.Should().Be(1);
    }

    [Fact]
    public void The_counties_a_schedule_puts_after_the_target_year_are_listed()
    {
        var plan = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(2016, 100L), KeyValuePair.Create(2017, 100L)]);
        var schedule = DecappingSchedule.Project(
            PolicyProfiles.Find("CN-2016")!,
            2015,
            [new CountyPlanInput("430101", "on time", 10_000, 300, plan), new CountyPlanInput("430102", "late", 10_000, 500, plan)]);
        var check = PlanCheck.Of(Hunan() with { TargetYear = 2017 }, schedule);

        check.LateCounties.Should().Equal("430102");
    }

    [Fact]
    public void A_malformed_plan_is_refused_with_every_problem_named()
    {
        var act = () => PlanCheck.Of(Hunan() with { StartingPoor = 0, PeriodEnd = new DateOnly(2015, 1, 1), EarlyShare = new Parameter<decimal>(1.5m, "x", false) });

        act.Should().Throw<ArgumentException>().WithMessage("*starting poor population 0 is not positive*share must be 0–1 with a citation*period ends (2015-01-01) before it starts (2016-02-01)*");
    }
}

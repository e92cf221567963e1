using System.Text.Json;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Synthetic;

public class SyntheticPopulationTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    private static string Text(Household household) => JsonSerializer.Serialize(household);

    [Fact]
    public void The_same_seed_gives_the_same_households()
    {
        var first = new SyntheticPopulation(Profile, seed: 7).Households(3_000).Select(Text).ToList();
        var second = new SyntheticPopulation(Profile, seed: 7).Households(3_000).Select(Text).ToList();

        first.Zip(second).Count(pair => pair.First != pair.Second).Should().Be(0);
        second.Should().HaveCount(3_000);
    }

    [Fact]
    public void Another_seed_gives_other_households()
    {
        var first = new SyntheticPopulation(Profile, seed: 7).Households(100).Select(Text).ToList();
        var second = new SyntheticPopulation(Profile, seed: 8).Households(100).Select(Text).ToList();

        first.Zip(second).Count(pair => pair.First == pair.Second).Should().Be(0);
    }

    [Fact]
    public void A_household_does_not_depend_on_how_many_are_asked_for()
    {
        var population = new SyntheticPopulation(Profile, seed: 3);

        var longer = population.Households(2_000).Skip(1_500).Take(200).Select(Text).ToList();
        var shorter = population.Households(1_700).Skip(1_500).Select(Text).ToList();

        shorter.Should().HaveCount(200);
        longer.Zip(shorter).Count(pair => pair.First != pair.Second).Should().Be(0);
    }

    [Fact]
    public void Households_are_built_lazily_so_that_any_number_streams()
    {
        var first = new SyntheticPopulation(Profile).Households(long.MaxValue).Take(3).ToList();

        first.Should().HaveCount(3);
    }

    [Fact]
    public void Villages_hold_100_to_600_households_and_counties_100_to_400_villages()
    {
        var population = new SyntheticPopulation(Profile, seed: 11);
        const long count = 400_000;

        var villages = population.Villages(count).ToList();
        var counties = population.Counties(count).ToList();

        villages.Sum(v => (long)v.HouseholdCount).Should().Be(count);
        villages.SkipLast(1).Should().OnlyContain(v => v.HouseholdCount >= 100 && v.HouseholdCount <= 600);
        villages.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        villages.Where(v => !AdministrativeCode.TryParse(v.Code, out _, out _) || !v.Code.StartsWith(v.CountyCode, StringComparison.Ordinal)).Should().BeEmpty();
        counties.Sum(c => c.HouseholdCount).Should().Be(count);
        counties.Sum(c => c.VillageCount).Should().Be(villages.Count);
        counties.SkipLast(1).Should().OnlyContain(c => c.VillageCount >= 100 && c.VillageCount <= 400);
        counties.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Households_live_in_the_villages_of_the_layout_in_order()
    {
        var population = new SyntheticPopulation(Profile, seed: 5);
        var expected = population.Villages(5_000).SelectMany(v => Enumerable.Repeat(v.Code, v.HouseholdCount));

        population.Households(5_000).Select(h => h.VillageCode.Length == 12 ? h.VillageCode : h.VillageCode + "?")
            .Zip(expected).Count(pair => pair.First != pair.Second).Should().BeLessThan(10, "only malformed records carry another code");
    }

    [Fact]
    public void Counties_lie_in_western_provinces_and_in_Hunan()
    {
        var provinces = new SyntheticPopulation(Profile).Counties(10_000_000).Select(c => int.Parse(c.Code[..2], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

        provinces.Should().BeEquivalentTo([43, 45, 52, 53, 62]);
        provinces.Where(p => Profile.WesternProvinces.Value.Contains(p)).Should().HaveCount(4);
    }

    [Fact]
    public void Most_households_meet_most_criteria_and_a_few_per_cent_fail_each()
    {
        const int count = 100_000;
        var households = new SyntheticPopulation(Profile, seed: 2016).Households(count).ToList();

        var results = Engine.Instance.AssessMany(households, Profile).ToList();

        double Share(Func<HouseholdAssessment, bool> predicate) => results.Count(predicate) / (double)count;
        Share(r => r.Status == HouseholdStatus.MayExit).Should().BeInRange(0.6, 0.9);
        Share(r => r.Status == HouseholdStatus.IneligibleWronglyRegistered).Should().BeInRange(0.01, 0.03);
        Share(r => r.Status == HouseholdStatus.InvalidInput).Should().BeInRange(0.0001, 0.002);
        foreach (var criterion in Engine.Instance.Rules.Select(r => r.Id).Where(id => id != "HH-WATER"))
        {
            Share(r => r.Failed(criterion)).Should().BeInRange(0.0005, 0.06, $"{criterion} fails a few per cent of households");
        }

        households.GroupBy(h => h.Members.Count).Select(g => g.Key).Should().BeEquivalentTo(Enumerable.Range(1, 8));
        Enum.GetValues<HouseholdStatus>().Should().OnlyContain(s => results.Any(r => r.Status == s), "every outcome occurs");
    }

    [Fact]
    public void Incomes_are_drawn_around_the_profile_lines_for_three_years()
    {
        var profile = PolicyProfiles.National(2019);
        var households = new SyntheticPopulation(profile).Households(2_000).ToList();

        households.SelectMany(h => h.Income.Select(i => i.Year)).Distinct().Should().BeEquivalentTo([2017, 2018, 2019]);
        var above = households.Count(h => h.IncomeFor(2019)?.PerCapitaNet > profile.PovertyLines[2019].Value) / 2_000.0;
        above.Should().BeInRange(0.9, 0.99);
    }
}

using PovertyRules.Distance;
using PovertyRules.Policy;
using PovertyRules.Rules;
using Xunit.Abstractions;

namespace PovertyRules.Tests.Distance;

/// <summary>
/// The least whole yuan that passes a line, found with an estimate (the gap to the line) and by the search alone: the
/// estimate is a shortcut and must never change the answer.
/// </summary>
public class DistanceSearchTests(ITestOutputHelper output)
{
    public static TheoryData<PassingSide> LowerBounds => [PassingSide.Above, PassingSide.AtLeast];

    [Theory]
    [MemberData(nameof(LowerBounds))]
    public void The_gap_as_estimate_gives_the_search_s_answer_on_both_sides_of_a_line(PassingSide side)
    {
        var line = new Threshold(2952m, side);
        foreach (var value in new[] { 0m, 1m, 2000m, 2951m, 2951.01m, 2951.5m, 2951.99m, 2952m, 2952.01m, 2953m, 100.25m })
        {
            var searched = DistanceSearch.LeastYuan(value, line.Passes);

            DistanceSearch.LeastYuan(value, line.Passes, line.Value - value).Should().Be(searched, $"{value} against {side} {line.Value}");
        }
    }

    [Fact]
    public void At_the_line_a_strict_line_asks_one_yuan_and_an_inclusive_one_none()
    {
        DistanceSearch.LeastYuan(2952m, new Threshold(2952m, PassingSide.Above).Passes, 0m).Should().Be(1m);
        DistanceSearch.LeastYuan(2952m, new Threshold(2952m, PassingSide.AtLeast).Passes, 0m).Should().Be(0m);
    }

    [Fact]
    public void A_whole_yuan_gap_to_a_strict_line_asks_one_yuan_more_and_to_an_inclusive_line_the_gap()
    {
        DistanceSearch.LeastYuan(2000m, new Threshold(2952m, PassingSide.Above).Passes, 952m).Should().Be(953m);
        DistanceSearch.LeastYuan(2000m, new Threshold(2952m, PassingSide.AtLeast).Passes, 952m).Should().Be(952m);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    [InlineData(5000)]
    public void An_estimate_that_is_not_the_answer_falls_back_to_the_search(int estimate)
    {
        // A second limit (a transfer cap, say) that the line's gap knows nothing of: the answer is 1,200 yuan.
        static bool Passes(decimal v) => v > 2952m && v >= 3200m;

        DistanceSearch.LeastYuan(2000m, Passes, estimate).Should().Be(1200m);
    }

    [Fact]
    public void A_random_gap_with_fen_gives_the_search_s_answer()
    {
        var seed = Environment.GetEnvironmentVariable("POVERTYRULES_SEARCH_SEED") is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : Random.Shared.Next();
        output.WriteLine($"seed {seed} (replay: POVERTYRULES_SEARCH_SEED={seed})");
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var side = random.Next(2) == 0 ? PassingSide.Above : PassingSide.AtLeast;
            var line = new Threshold(random.Next(1, 100_000) + (random.Next(100) / 100m), side);
            var value = random.Next(0, 100_000) + (random.Next(100) / 100m);

            DistanceSearch.LeastYuan(value, line.Passes, line.Value - value)
                .Should().Be(DistanceSearch.LeastYuan(value, line.Passes), $"{value} against {side} {line.Value} (replay: POVERTYRULES_SEARCH_SEED={seed})");
        }
    }
}

using PovertyRules.Rules.Household;

namespace PovertyRules.Tests.Rules;

/// <summary>The failed and unknown ids a catalog lists for a mask, which it keeps for masks it meets again.</summary>
public class CriteriaCatalogTests
{
    private static IReadOnlyList<string> Expected(int mask) =>
        [.. HouseholdCriteria.All.Where(c => (mask & (1 << c.Index)) != 0).Select(c => c.Id)];

    [Fact]
    public void Every_mask_of_up_to_three_criteria_lists_its_ids_in_report_order_on_every_asking()
    {
        var count = HouseholdCriteria.All.Count;
        var masks = new List<int>();
        for (var a = 0; a < count; a++)
        {
            for (var b = a; b < count; b++)
            {
                for (var c = b; c < count; c++)
                {
                    masks.Add((1 << a) | (1 << b) | (1 << c));
                }
            }
        }

        // Asked twice, interleaved: masks that share a slot of the kept lists replace each other and must still list their own ids.
        for (var round = 0; round < 2; round++)
        {
            foreach (var mask in masks)
            {
                HouseholdCriteria.Catalog.Ids(mask).Should().Equal(Expected(mask), $"mask {mask:x}");
            }
        }
    }

    [Fact]
    public void A_mask_asked_again_gives_the_same_read_only_list()
    {
        var mask = (1 << 0) | (1 << 3);
        var first = HouseholdCriteria.Catalog.Ids(mask);

        HouseholdCriteria.Catalog.Ids(mask).Should().BeSameAs(first);
        first.Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<string>>();
        HouseholdCriteria.Catalog.Ids(0).Should().BeEmpty();
    }

    [Fact]
    public void Masks_listed_from_eight_threads_at_once_each_get_their_own_ids()
    {
        var count = HouseholdCriteria.All.Count;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var mask = ((i * 7919) & ((1 << count) - 1)) | 1;
            HouseholdCriteria.Catalog.Ids(mask).Should().Equal(Expected(mask));
        });
    }
}

using PovertyRules.Assessment;

namespace PovertyRules.Tests.Assessment;

public sealed class CompactHashMapTests
{
    [Fact]
    public void A_table_sized_for_fewer_keys_than_it_gets_grows_and_still_finds_every_key_and_its_line()
    {
        var table = new CompactHashMap(expected: 3_000);
        for (ulong key = 1; key <= 50_000; key++)
        {
            table.TryAdd(key * 7_919, (long)key, out _).Should().BeTrue();
        }

        table.Count.Should().Be(50_000);
        table.TryAdd(7_919 * 12_345, 0, out var line).Should().BeFalse();
        line.Should().Be(12_345);
        table.Contains(7_919 * 50_001).Should().BeFalse();
    }

    [Fact]
    public void A_repeated_household_id_in_a_bulk_run_names_the_first_records_position()
    {
        var ids = new DuplicateIds();

        ids.Check("4312260001").Should().Be(DuplicateIds.None);
        ids.Check("4312260002").Should().Be(DuplicateIds.None);
        ids.Check((string?)null).Should().Be(DuplicateIds.None);
        ids.Check("4312260002").Should().Be(1);
        ids.Check("4312260001").Should().Be(0);
        ids.Checked.Should().Be(5);
    }

    [Fact]
    public void A_key_only_table_grows_past_its_first_size_and_still_knows_every_key_it_was_given()
    {
        var set = new CompactHashSet();
        for (ulong key = 1; key <= 50_000; key++)
        {
            set.Add(key * 7_919).Should().BeTrue();
        }

        set.Count.Should().Be(50_000);
        set.Add(7_919 * 12_345).Should().BeFalse("the key was added before");
        set.Add(7_919 * 50_001).Should().BeTrue("the key is new");
        set.Count.Should().Be(50_001);
    }
}

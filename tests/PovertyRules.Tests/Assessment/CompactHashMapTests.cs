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
}

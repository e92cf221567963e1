using PovertyRules.Assessment;
using PovertyRules.Model;

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
    public void Batches_checked_at_once_find_the_same_repeats_as_records_checked_one_by_one()
    {
        // Repeats within a batch and across batches, blank and null records among them, and a table that grows midway.
        var records = Enumerable.Range(0, 5_000)
            .Select(i => i % 97 == 0 ? null : new Household { Id = i % 89 == 0 ? "" : $"43122600{i % 3_000:D4}", VillageCode = "431226101201", Members = [] })
            .ToArray();
        var oneByOne = new DuplicateIds();
        var expected = records.Select(oneByOne.Check).ToArray();

        var batched = new DuplicateIds();
        var firsts = new long[records.Length];
        for (var start = 0; start < records.Length; start += 128)
        {
            var length = Math.Min(128, records.Length - start);
            batched.CheckAll(records.AsSpan(start, length), firsts.AsSpan(start, length));
        }

        firsts.Should().Equal(expected);
        expected.Should().Contain(p => p != DuplicateIds.None, "the records repeat ids");
        batched.Checked.Should().Be(records.Length);
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

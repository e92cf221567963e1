using PovertyRules.Data.Roster;

namespace PovertyRules.Data.Tests;

public sealed class CompactTableTests
{
    [Fact]
    public void An_ID_number_with_a_lower_case_check_character_is_the_same_person_as_with_an_upper_case_one()
    {
        IdNumberCheck.Key("36073019680312003x").Should().Be(IdNumberCheck.Key("36073019680312003X"));
    }

    [Fact]
    public void Two_ID_numbers_that_differ_in_any_of_their_first_17_digits_never_share_a_key()
    {
        const string id = "360730196803120037";
        var keys = new HashSet<ulong> { IdNumberCheck.Key(id) };
        for (var i = 0; i < 17; i++)
        {
            var changed = id.ToCharArray();
            changed[i] = changed[i] == '9' ? '0' : (char)(changed[i] + 1);
            keys.Add(IdNumberCheck.Key(new string(changed))).Should().BeTrue();
        }
    }

    [Fact]
    public void The_cell_cache_gives_back_a_value_equal_to_the_cell_and_null_for_an_empty_cell()
    {
        var cells = new CellCache();
        var first = cells.Get((int)RosterColumn.Relationship, "01");
        var again = cells.Get((int)RosterColumn.Relationship, "01".AsSpan());
        var other = cells.Get((int)RosterColumn.Relationship, "03");

        first.Should().Be("01");
        again.Should().BeSameAs(first);
        other.Should().Be("03");
        cells.Get((int)RosterColumn.IdNumber, "360730196803120037").Should().Be("360730196803120037");
        cells.Get((int)RosterColumn.Name, ReadOnlySpan<char>.Empty).Should().BeNull();
    }
}

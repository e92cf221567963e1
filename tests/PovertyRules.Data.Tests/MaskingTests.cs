using PovertyRules.Model;

namespace PovertyRules.Data.Tests;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("36073019680312003X", "360730***********X")]
    [InlineData("360730196803120037", "360730***********7")]
    [InlineData("36073019680312", "360730*******2")]
    [InlineData("1234567", "*******")]
    [InlineData("", "")]
    public void An_ID_number_keeps_its_region_and_check_character_and_its_length(string id, string masked)
    {
        PersonalIdNumber.Mask(id).Should().Be(masked);
    }

    [Fact]
    public void Writer_options_that_cannot_be_used_fail_with_every_problem_in_one_message()
    {
        var options = new ResultWriterOptions { Format = (ResultFormat)9, Layout = (ResultLayout)0, RowGroupSize = 0 };
        var validate = options.Validate;
        validate.Should().Throw<ArgumentException>().WithMessage("*Format 9 is not a ResultFormat*Layout 0 is not a ResultLayout*RowGroupSize 0 is outside*");
    }

    [Fact]
    public void A_data_reader_cannot_be_asked_to_group_split_households()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var rows = SchemaDatabase.Query(connection, "SELECT 'H1' AS household_id");
        var open = () => RosterReader.Open(rows, "q", Samples.Options with { GroupSplitHouseholds = true });
        open.Should().Throw<ArgumentException>().WithMessage("GroupSplitHouseholds needs a second pass*");
    }
}

using PovertyRules.Distance;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Distance;

/// <summary>
/// A change of income made by the library writes its messages when they are first read; it must still behave as the
/// same change made with its messages given (2016 line: 2,952 yuan, strictly above).
/// </summary>
public class RequiredChangeTests
{
    private static RequiredChange IncomeChange(decimal income) =>
        Engine.Instance.Assess(Households.Exiting(income: income), PolicyProfiles.National(2016)).DistanceToExit().Changes.Single();

    [Fact]
    public void A_change_with_messages_written_on_first_read_equals_the_same_change_made_with_them()
    {
        var made = IncomeChange(2500m);
        var given = new RequiredChange(made.RuleId, made.Kind, made.Field, made.Year, made.Member, made.Current, made.Required, made.Amount, made.MessageZh, made.MessageEn);

        IncomeChange(2500m).Should().Be(given);
        given.Should().Be(IncomeChange(2500m));
        IncomeChange(2500m).GetHashCode().Should().Be(given.GetHashCode());
    }

    [Fact]
    public void Changes_of_different_amounts_are_not_equal()
    {
        IncomeChange(2500m).Should().NotBe(IncomeChange(2501m));
    }

    [Fact]
    public void Changes_that_differ_only_in_a_message_are_not_equal()
    {
        var made = IncomeChange(2500m);

        made.Should().NotBe(made with { MessageEn = "another explanation" });
    }

    [Fact]
    public void A_copy_with_another_amount_keeps_the_original_messages()
    {
        var made = IncomeChange(2500m);
        var message = IncomeChange(2500m).MessageEn;

        var copy = made with { Amount = 1m };

        copy.MessageEn.Should().Be(message, "a copy changes what it is told to, and its messages were the original's");
        copy.Amount.Should().Be(1m);
        made.MessageEn.Should().Be(message);
    }

    [Fact]
    public void The_messages_read_from_eight_threads_at_once_are_the_same_text()
    {
        var made = IncomeChange(2500m);
        var expected = IncomeChange(2500m).MessageZh;

        var read = new string[8];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => read[i] = made.MessageZh);

        read.Should().AllBe(expected);
        made.MessageEn.Should().Contain("lacks 453.00 yuan");
    }
}

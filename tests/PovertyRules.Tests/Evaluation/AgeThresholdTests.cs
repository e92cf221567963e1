using PovertyRules.Model;

namespace PovertyRules.Tests.Evaluation;

public class AgeThresholdTests
{
    public static TheoryData<string> ReferenceDates => ["2016-12-31", "2016-02-29", "2017-02-28", "2017-03-01", "2016-01-01"];

    [Theory]
    [MemberData(nameof(ReferenceDates))]
    public void A_threshold_agrees_with_the_age_a_member_has_on_the_date_for_every_birth_date(string date)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var years in (int[])[0, 1, 6, 15, 16, 131])
        {
            var threshold = new AgeThreshold(on, years);
            for (var born = on.AddYears(-years - 2); born <= on.AddYears(-years + 2) && born <= on; born = born.AddDays(1))
            {
                var age = new Member { BirthDate = born }.AgeOn(on);
                threshold.ReachedBy(born).Should().Be(age >= years, $"born {born:yyyy-MM-dd}, {years} years on {on:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void An_age_beyond_the_calendar_is_reached_by_nobody()
    {
        new AgeThreshold(new DateOnly(50, 6, 1), 131).ReachedBy(DateOnly.MinValue).Should().BeFalse();
    }
}

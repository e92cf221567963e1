using PovertyRules.Assessment;

namespace PovertyRules.Data.Tests;

public sealed class SupplementTests
{
    private static readonly PovertyRulesEngine Engine = new();

    private static readonly RosterOptions Completed = Samples.Options with
    {
        SupplementPath = Samples.Path("supplement.csv"),
        Assumptions = [Samples.FourCategoriesChecked],
    };

    [Fact]
    public void The_supplement_and_a_declared_assumption_complete_what_the_export_does_not_say()
    {
        using var reader = RosterReader.Open(Samples.Path("roster-gb18030-labels.csv"), Completed);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Select(r => r.Status).Should().Equal(
            HouseholdStatus.MayExit,                      // everything recorded or assumed, all met
            HouseholdStatus.RemainsPoor,                  // income 2,600 at or below the line
            HouseholdStatus.Undetermined,                 // resettled per the supplement, but food and clothing unrecorded
            HouseholdStatus.MayExit,                      // the child out of school is home-schooled for disability
            HouseholdStatus.IneligibleWronglyRegistered,  // commercial housing per the supplement
            HouseholdStatus.RemainsPoor);                 // no safe drinking water
        results[2].FailedCriteria.Should().BeEmpty();
        results[2].UnknownCriteria.Should().Contain("HH-FOOD-CLOTHING");
        reader.Summary.Reconciles.Should().BeTrue();
        reader.Summary.UnmatchedSupplementRows.Should().Be(0);
    }

    [Fact]
    public void A_declared_assumption_is_on_the_receipt_of_every_household_it_filled_and_no_other()
    {
        using var reader = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Completed);

        var results = Engine.AssessMany(reader, Samples.Profile).ToList();

        results.Should().AllSatisfy(r => r.Receipt.Assumptions.Should().Equal(Samples.FourCategoriesChecked.Declared));
        var scoped = Completed with { Assumptions = [Samples.FourCategoriesChecked with { HouseholdIds = new HashSet<string> { "3607301012030006" } }] };
        using var again = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), scoped);
        var receipts = Engine.AssessMany(again, Samples.Profile).Select(r => r.Receipt.Assumptions.Count).ToList();
        receipts.Should().Equal(0, 0, 0, 0, 0, 1);
    }

    [Fact]
    public void A_dangerous_dwelling_without_a_resettlement_record_fails_housing_and_one_with_it_passes()
    {
        using var plain = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);
        var without = Engine.AssessMany(plain, Samples.Profile).ElementAt(2);
        without.FailedCriteria.Should().Equal("HH-HOUSING");

        using var supplemented = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Completed);
        var with = Engine.AssessMany(supplemented, Samples.Profile).ElementAt(2);
        with.FailedCriteria.Should().BeEmpty();
    }

    [Fact]
    public void A_child_out_of_school_with_no_reason_recorded_leaves_education_unknown()
    {
        using var plain = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);
        var child = Engine.AssessMany(plain, Samples.Profile).ElementAt(3);

        child.UnknownCriteria.Should().Contain("HH-EDUCATION");
        child.Findings.Single(f => f.RuleId == "HH-EDUCATION").Actual.Should().Contain("not in school: reason missing");
    }

    [Fact]
    public void A_bad_supplement_value_is_an_error_naming_the_supplement_line_and_column_and_unmatched_rows_are_counted()
    {
        var supplement = Samples.Write("supplement.csv",
        [
            "household_id,person_id,food_and_clothing_secure,notice_days,out_of_school_reason",
            "3607301012010001,,也许,7,",
            "3607301012020004,360730101202000403,,,逃学",
            "3607301012020004,999,,,因贫辍学",
            "9999,,是,,",
        ]);
        using var reader = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options with { SupplementPath = supplement });

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results[0].Errors.Select(e => e.ToString()).Should().Equal("supplement.csv:2 [food_and_clothing_secure]: FoodAndClothingSecure: '也许' is not 是/否 or 1/0");
        results[3].Errors.Select(e => e.ToString()).Should().Equal(
            "supplement.csv:3 [out_of_school_reason]: OutOfSchoolReason: '逃学' is neither a code nor a label of 辍学原因 (01 因贫辍学, 02 残疾送教上门, 03 因病休学, 04 已完成义务教育, 09 其他有据原因)",
            "supplement.csv:4: Members: the supplement names person ***, who is not a member of household 3607301012020004");
        reader.Summary.UnmatchedSupplementRows.Should().Be(1);
        reader.Summary.Reconciles.Should().BeTrue();
    }
}

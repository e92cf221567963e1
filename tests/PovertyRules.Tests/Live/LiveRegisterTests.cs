using CsCheck;
using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Live;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.Household;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Properties;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Live;

public class LiveRegisterTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly PolicyProfile Profile = Levels.National2016;

    // Village 431226101201 (rural population 100) with two exiting households of two people: nobody remains poor, so
    // it may delist; 2 remaining poor people would be an incidence of 2%, not below the 2% threshold.
    private static LiveRegister Register() =>
        LiveRegister.Load(
            Engine,
            Profile,
            [Households.Exiting("H1"), Households.Exiting("H2")],
            [Levels.DelistableVillage(population: 100, remaining: 0)],
            [Levels.ExitingCounty()]);

    [Fact]
    public void An_income_below_the_line_turns_an_exiting_household_poor_and_keeps_its_village_listed()
    {
        using var register = Register();
        register.Village(Levels.CentralVillage)!.Status.Should().Be(VillageStatus.MayDelist);

        var result = register.Apply(new UpdateHousehold(Households.Exiting("H1").WithIncome(2016, 2952m)) { Reference = new("county office", "income corrected") });

        var household = result.Households.Should().ContainSingle().Subject;
        household.Should().BeEquivalentTo(new { Level = AssessmentLevel.Household, Id = "H1", County = "431226", From = "MayExit", To = "RemainsPoor" });
        household.Criteria.Should().Equal(new CriterionChange(IncomeAboveLineRule.Id, Outcome.Met, Outcome.NotMet));
        household.Receipt.ProfileId.Should().Be(Profile.Id);
        var village = result.Villages.Should().ContainSingle().Subject;
        village.Should().BeEquivalentTo(new { Level = AssessmentLevel.Village, Id = Levels.CentralVillage, From = "MayDelist", To = "RemainsListed" });
        village.Criteria.Should().Equal(new CriterionChange(VillageIncidenceRule.Id, Outcome.Met, Outcome.NotMet));
        register.Village(Levels.CentralVillage)!.Village!.RemainingPoorPeople.Should().Be(2);
        register.Household("H1")!.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.Applied.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Sequence = 1L, Change = new { Reference = new ChangeReference("county office", "income corrected") } });
        register.Version.Should().Be(1);
    }

    [Fact]
    public void An_income_just_above_the_line_leaves_the_household_exiting_and_reports_nothing()
    {
        using var register = Register();

        var result = register.Apply(new UpdateHousehold(Households.Exiting("H1").WithIncome(2016, 2952.01m)));

        result.Transitions.Should().BeEmpty();
        result.Applied.Should().ContainSingle();
        register.Household("H1")!.Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void A_change_that_leaves_a_household_without_members_makes_it_invalid_input_still_counted_in_its_village()
    {
        using var register = Register();

        register.Apply(new RemoveMember("H1", 1));
        var result = register.Apply(new RemoveMember("H1", 0));

        result.Households.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            From = "MayExit",
            To = "InvalidInput",
            Criteria = new[] { new CriterionChange(ImpactReport.InputCriterion, null, null) },
        });
        register.Household("H1")!.Errors.Should().NotBeEmpty();
        register.Village(Levels.CentralVillage)!.Households!.UnassessedHouseholds.Should().Be(1);
        register.Village(Levels.CentralVillage)!.Status.Should().NotBe(VillageStatus.MayDelist, "a village with a rejected record cannot be known to pass");
    }

    [Fact]
    public void Changes_that_name_no_held_record_are_refused_with_the_reason_and_change_nothing()
    {
        using var register = Register();
        var before = RegisterModel.Describe(register.Snapshot().Hierarchy);

        var result = register.ApplyAll(
        [
            new UpdateHousehold(Households.Exiting("H9")),
            new AddHousehold(Households.Exiting("H1")),
            new RemoveHousehold("H8"),
            new SetMember("H1", 3, Households.Adult()),
            new CorrectVillage(Levels.DelistableVillage("4312")),
            new RecordThirdPartySample("522301", Levels.PassingSample),
        ]);

        result.Applied.Should().BeEmpty();
        result.Refused.Select(r => r.Reason).Should().Equal(
            "no household 'H9' is held",
            "household 'H1' is already held; update it instead",
            "no household 'H8' is held",
            "household 'H1' has 2 member(s): a member is set at positions 0 to 2, not 3",
            "village code '4312' is malformed: " + AdministrativeCode.Check("4312", 12),
            "no county '522301' is described");
        register.Version.Should().Be(0);
        RegisterModel.Describe(register.Snapshot().Hierarchy).Should().Equal(before);
    }

    [Fact]
    public void A_batch_reports_the_transitions_from_before_it_to_after_it_and_numbers_each_change()
    {
        using var register = Register();

        var result = register.ApplyAll(
        [
            new UpdateHousehold(Households.Exiting("H1").WithIncome(2016, 1000m)),
            new UpdateHousehold(Households.Exiting("H1")),
            new AddHousehold(Households.Exiting("H3").WithIncome(2016, 1000m)),
        ]);

        result.Applied.Select(a => a.Sequence).Should().Equal(1, 2, 3);
        result.Households.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "H3", From = (string?)null, To = "RemainsPoor" });
        result.Villages.Should().ContainSingle().Which.To.Should().Be("RemainsListed");
        result.Version.Should().Be(3);
    }

    [Fact]
    public void Subscribers_receive_every_result_in_order_and_are_completed_when_the_register_is_disposed()
    {
        var register = Register();
        var received = new List<LiveResult>();
        var completed = false;
        using var subscription = register.Subscribe(new Observer(received.Add, () => completed = true));

        var first = register.Apply(new RemoveHousehold("H2"));
        var second = register.Apply(new RecordExitProcedure("H1", null));
        register.Dispose();

        received.Should().Equal(first, second);
        second.Households.Should().ContainSingle().Which.To.Should().Be("EligibleProcedurePending");
        completed.Should().BeTrue();
        var act = () => register.Apply(new RemoveHousehold("H1"));
        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void A_snapshot_keeps_its_state_while_later_changes_are_applied()
    {
        using var register = Register();
        var snapshot = register.Snapshot();

        register.Apply(new UpdateHousehold(Households.Exiting("H1").WithIncome(2016, 1000m)));

        snapshot.Version.Should().Be(0);
        snapshot.Household("H1")!.Status.Should().Be(HouseholdStatus.MayExit);
        snapshot.Hierarchy.County(Levels.CentralCounty)!.Villages[0].Status.Should().Be(VillageStatus.MayDelist);
        register.Counts().Of(HouseholdStatus.RemainsPoor).Should().Be(1);
        register.Counts().Of(VillageStatus.RemainsListed).Should().Be(1);
    }

    [Fact]
    public async Task Snapshots_taken_while_changes_are_applied_each_equal_a_batch_assessment_of_the_records_at_their_version()
    {
        var gen = Gen.Select(LiveRegisterEquivalenceProperties.Change.List[150], Generators.Household(Profile).List[20]);
        var (changes, start) = gen.Single(_ => true, seed: EngineMatchesReferenceProperties.Seed);
        var households = start.Select((h, i) => h with { Id = "H" + i, VillageCode = i % 2 == 0 ? Levels.CentralVillage : "431226101202" }).ToList();
        var villages = new[] { Levels.DelistableVillage(population: 300), Levels.DelistableVillage("431226101202", population: 300) };
        var counties = new[] { Levels.ExitingCounty() };
        var model = new RegisterModel(households, villages, counties);
        var states = new Dictionary<long, RegisterModel> { [0] = new(households, villages, counties) };
        using var register = LiveRegister.Load(Engine, Profile, households, villages, counties);
        var snapshots = new List<LiveSnapshot>();
        using var done = new ManualResetEventSlim();
        using var reading = new ManualResetEventSlim();
        var reader = Task.Run(() =>
        {
            while (!done.IsSet)
            {
                snapshots.Add(register.Snapshot());
                reading.Set();
            }
        });
        reading.Wait(TimeSpan.FromMinutes(1)).Should().BeTrue("the reader takes its first snapshot");

        foreach (var change in changes)
        {
            var applied = register.Apply(change).Applied.Count > 0;
            model.Apply(change).Should().Be(applied, change.ToString());
            if (applied)
            {
                states[register.Version] = new RegisterModel(model.Households, model.Villages, model.Counties);
            }
        }

        done.Set();
        await reader;

        snapshots.Should().NotBeEmpty();
        foreach (var snapshot in snapshots.DistinctBy(s => s.Version))
        {
            LiveRegisterEquivalenceProperties.SameState(snapshot, states[snapshot.Version]);
        }
    }

    [Fact]
    public void Changing_the_profile_gives_the_transitions_of_the_policy_comparison_at_every_level()
    {
        var proposal = Profile.WithPovertyLine(2016, 3600m, "a proposal", verified: false) with { Id = "proposal" };
        var gen = Gen.Select(LiveRegisterEquivalenceProperties.Household.List[60], Generators.Village(Profile).List[6], Generators.County(Profile).List[3]);
        var (start, villageList, countyList) = gen.Single(_ => true, seed: EngineMatchesReferenceProperties.Seed);
        var households = start.Select((h, i) => h with { Id = "H" + i }).ToList();
        var villages = villageList.Select((v, i) => v.Village with { Code = $"43122610120{i % 4}" }).ToList();
        var counties = countyList.Select(c => c.County).ToList();
        using var register = LiveRegister.Load(Engine, Profile, households, villages, counties);

        var result = register.ChangeProfile(proposal);

        var report = new PolicyComparison(Engine).Compare(households, villages, counties, Profile, proposal, new ComparisonOptions { MaxChangedRecords = 10_000 });
        static IEnumerable<string> Lines(IEnumerable<(string? Id, string County, string? From, string? To, IReadOnlyList<CriterionChange> Criteria)> records) =>
            records.Select(r => $"{r.Id} {r.County} {r.From}→{r.To} {string.Join(";", r.Criteria)}").Order(StringComparer.Ordinal);
        foreach (var (level, impact) in new[] { (AssessmentLevel.Household, report.Households), (AssessmentLevel.Village, report.Villages!), (AssessmentLevel.County, report.Counties!) })
        {
            var live = result.Transitions.Where(t => t.Level == level && t.StatusChanged).Select(t => (Id: (string?)t.Id, t.County, t.From, t.To, t.Criteria));
            Lines(live).Should().Equal(Lines(impact.ChangedRecords.Select(r => (r.Id, r.County, (string?)r.From, (string?)r.To, r.Criteria))), $"the {level} transitions");
        }

        report.Households.Changed.Should().BePositive("the proposal must move some households for the comparison to mean anything");
        register.Profile.Should().BeSameAs(proposal);
        LiveRegisterEquivalenceProperties.SameState(register.Snapshot(), new RegisterModel(households, villages, counties));
    }

    private sealed class Observer(Action<LiveResult> next, Action completed) : IObserver<LiveResult>
    {
        public void OnCompleted() => completed();

        public void OnError(Exception error) => throw error;

        public void OnNext(LiveResult value) => next(value);
    }
}

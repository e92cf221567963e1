using PovertyRules.Live;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;
using PovertyRules.Tests.Support;
using Xunit.Abstractions;

namespace PovertyRules.Tests.Live;

/// <summary>
/// The equivalence of the live register at scale: 1,000,000 random changes (single and in batches of up to 200) over
/// a synthetic province of 100,000 households, then the state compared with a fresh batch assessment of the final
/// records. Minutes on two cores: runs with <c>POVERTYRULES_SLOW_TESTS=1</c>; the seed is printed and
/// <c>POVERTYRULES_PROPERTY_SEED</c> (an integer here) replays it.
/// </summary>
[Trait("Category", "Slow")]
public class LiveRegisterLongRunTests(ITestOutputHelper output)
{
    private const int HouseholdCount = 100_000;
    private const int ChangeCount = 1_000_000;

    [SlowFact]
    public void A_million_random_changes_over_a_hundred_thousand_households_leave_the_register_equal_to_a_fresh_batch_assessment()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(Properties.EngineMatchesReferenceProperties.SeedVariable), out var s) ? s : StableSeed.Of(nameof(LiveRegisterLongRunTests), 17);
        output.WriteLine($"seed {seed} (replay with {Properties.EngineMatchesReferenceProperties.SeedVariable}={seed})");
        var profile = PolicyProfiles.National(2016);
        var population = new SyntheticPopulation(profile, seed);
        var households = population.Households(HouseholdCount).ToDictionary(h => h.Id, StringComparer.Ordinal);
        var villages = population.VillageRecords(HouseholdCount).ToDictionary(v => v.Code, StringComparer.Ordinal);
        var counties = population.CountyRecords(HouseholdCount).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var extra = new SyntheticPopulation(profile, seed + 1).Households(HouseholdCount).GetEnumerator();
        var engine = new PovertyRules.Assessment.PovertyRulesEngine();
        using var register = LiveRegister.Load(engine, profile, households.Values, villages.Values, counties.Values);
        var ids = households.Keys.ToList();
        var villageCodes = villages.Keys.ToList();
        var countyCodes = counties.Keys.ToList();
        var random = new Random(seed);
        var added = 0;

        LiveChange[] Next()
        {
            var roll = random.Next(100);
            if (roll < 10)
            {
                var code = villageCodes[random.Next(villageCodes.Count)];
                return [new CorrectVillage(villages[code] = villages[code] with { Clinic = random.Next(3) == 0 ? null : random.Next(2) == 0, CollectiveIncome = random.Next(0, 80_000) })];
            }

            if (roll < 14)
            {
                var code = countyCodes[random.Next(countyCodes.Count)];
                var sample = counties[code].Evaluation ?? new ThirdPartySample();
                sample = sample with { WronglyExitedPeople = random.Next(0, 60), ExitedPeopleSampled = random.Next(1_000, 3_000) };
                counties[code] = counties[code] with { Evaluation = sample };
                return [new RecordThirdPartySample(code, sample)];
            }

            var at = random.Next(ids.Count);
            var id = ids[at];
            var household = households[id];
            if (roll >= 88 && household.Members.Count == 0)
            {
                // A household with no member left gets one instead of losing one.
                roll = 80;
            }

            switch (roll)
            {
                case < 20:
                    // The household leaves and another one is registered in its place.
                    households.Remove(id);
                    extra.MoveNext();
                    var newcomer = extra.Current with { Id = $"N{++added}", VillageCode = household.VillageCode };
                    households[newcomer.Id] = newcomer;
                    ids[at] = newcomer.Id;
                    return [new RemoveHousehold(id), new AddHousehold(newcomer)];
                case < 55:
                    households[id] = household with
                    {
                        Income = [.. household.Income.Select(i => i.Year == profile.Year ? i with { PerCapitaNet = random.Next(1_000, 6_000) } : i)],
                    };
                    return [new UpdateHousehold(households[id])];
                case < 70:
                    var procedure = new ExitProcedureRecord { AppraisalHeld = true, Verified = random.Next(2) == 0, HouseholdConsented = random.Next(4) != 0, NoticeDays = random.Next(0, 10), UnresolvedObjections = 0, Announced = true };
                    households[id] = household with { ExitProcedure = procedure };
                    return [new RecordExitProcedure(id, procedure)];
                case < 88:
                    var position = random.Next(household.Members.Count + 1);
                    var member = (household.Members.Count > 0 ? household.Members[0] : new Member()) with { Age = random.Next(0, 90), MedicalInsuranceEnrolled = random.Next(6) != 0, PersonId = null, IdNumber = null };
                    households[id] = household with { Members = [.. household.Members.Take(position), member, .. household.Members.Skip(position + 1)] };
                    return [new SetMember(id, position, member)];
                default:
                    var removed = random.Next(household.Members.Count);
                    households[id] = household with { Members = [.. household.Members.Where((_, i) => i != removed)] };
                    return [new RemoveMember(id, removed)];
            }
        }

        var applied = 0L;
        while (applied < ChangeCount)
        {
            var size = random.Next(4) == 0 ? random.Next(2, 200) : 1;
            var batch = new List<LiveChange>(size + 1);
            for (var i = 0; i < size; i++)
            {
                batch.AddRange(Next());
            }

            var result = register.ApplyAll(batch);
            result.Refused.Should().BeEmpty($"every change applies (seed {seed}, after {applied:N0} changes)");
            applied += batch.Count;
        }

        output.WriteLine($"{applied:N0} changes applied; version {register.Version:N0}");
        register.Version.Should().Be(applied);
        LiveRegisterEquivalenceProperties.SameState(register.Snapshot(), new RegisterModel(households.Values, villages.Values, counties.Values));
    }
}

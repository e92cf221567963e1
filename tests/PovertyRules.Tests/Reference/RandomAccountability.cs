using PovertyRules.Model;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// Seeded random county accountability records for the equivalence tests: valid records whose values cluster on the
/// rules' boundaries (a transfer the day before, of and after de-capping; a target met exactly or missed by one; the
/// grades of a run; coverage complete or one short), with every input sometimes missing. The same seed gives the same records.
/// </summary>
internal sealed class RandomAccountability(int seed)
{
    private static readonly string[] Grades = ["A", "B", "C", "D"];
    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    public CountyAccountability Next(int index)
    {
        var designated = Maybe(() => _random.Next(6) > 0);
        var decapped = designated == false ? Maybe(() => false) : Maybe(() => _random.Next(2) == 0);
        var decappedOn = decapped == true && _random.Next(8) > 0 ? new DateOnly(2018, 1, 1).AddDays(_random.Next(0, 900)) : (DateOnly?)null;
        return new CountyAccountability
        {
            Code = "3607" + (31 + (index % 60)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Designated = designated,
            Decapped = decapped,
            DecappedOn = decappedOn,
            Leaders = Leaders(),
            ProposedTransfers = _random.Next(10) == 0 ? null : [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Transfer(decappedOn))],
            Years = _random.Next(12) == 0 ? null : Years(),
            Assistance = _random.Next(10) == 0 ? null : new AssistanceRecord
            {
                PoorVillages = Maybe(() => _random.Next(0, 40)) is { } villages ? villages : null,
            } switch
            {
                var a when a.PoorVillages is { } v => a with
                {
                    VillagesWithTaskForce = Maybe(() => Math.Max(0, v - _random.Next(0, 3) / 2)),
                    PoorHouseholds = Maybe(() => v * 30),
                    HouseholdsWithHelper = _random.Next(3) == 0 ? null : Math.Max(0, (v * 30) - (_random.Next(0, 3) / 2)),
                },
                var a => a with { PoorHouseholds = Maybe(() => _random.Next(0, 900)) },
            },
        };
    }

    private List<CountyLeader> Leaders()
    {
        var leaders = new List<CountyLeader>();
        foreach (var role in new[] { LeaderRole.PartySecretary, LeaderRole.CountyHead })
        {
            if (_random.Next(8) > 0)
            {
                leaders.Add(new CountyLeader
                {
                    Role = role,
                    StartDate = Maybe(() => new DateOnly(2013 + _random.Next(0, 7), 1 + _random.Next(12), 1 + _random.Next(28))),
                });
            }
        }

        return leaders;
    }

    private ProposedTransfer Transfer(DateOnly? decappedOn)
    {
        var around = decappedOn ?? new DateOnly(2019, 6, 30);
        var reason = Maybe(() => (TransferReason)(1 + _random.Next(3)));
        return new ProposedTransfer
        {
            Role = Maybe(() => (LeaderRole)(1 + _random.Next(2))),
            Date = Maybe(() => around.AddDays(_random.Next(4) == 0 ? _random.Next(-400, 400) : _random.Next(-1, 2))),
            Reason = reason,
            ApprovalDocumented = reason == TransferReason.SpecialCircumstances || _random.Next(4) == 0 ? Maybe(() => _random.Next(2) == 0) : null,
        };
    }

    private List<AnnualAssessmentRecord> Years()
    {
        var last = 2016 + _random.Next(0, 5);
        var favourite = Grades[_random.Next(2)];
        var years = new List<AnnualAssessmentRecord>();
        for (var year = last - _random.Next(0, 4); year <= last; year++)
        {
            if (year != last && _random.Next(8) == 0)
            {
                continue;
            }

            var target = Maybe(() => 1000 + _random.Next(0, 3) * 500);
            var lifted = target is { } t && _random.Next(4) > 0 ? t + (_random.Next(4) - 1) : (int?)null;
            years.Add(new AnnualAssessmentRecord
            {
                Year = year,
                Grade = _random.Next(5) == 0 ? null : _random.Next(4) > 0 ? favourite : Grades[_random.Next(Grades.Length)],
                ReductionTarget = target,
                PeopleLiftedOut = lifted,
                TargetMet = target is { } tt && lifted is { } l ? (_random.Next(2) == 0 ? l >= tt : null) : Maybe(() => _random.Next(5) > 0),
            });
        }

        return [.. years.OrderBy(_ => _random.Next())];
    }

    private T? Maybe<T>(Func<T> value)
        where T : struct =>
        _random.Next(7) == 0 ? null : value();
}

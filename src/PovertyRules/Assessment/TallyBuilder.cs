namespace PovertyRules.Assessment;

/// <summary>The mutable counter behind a <see cref="HouseholdTally"/>: two small arrays, whatever the number of households.</summary>
internal sealed class TallyBuilder
{
    private const int Slots = (int)HouseholdStatus.InvalidInput + 1;
    private readonly int[] _households = new int[Slots];
    private readonly int[] _people = new int[Slots];

    public int RemainingPoorPeople
    {
        get
        {
            var remaining = 0;
            foreach (var status in CountingRule.RemainingPoor)
            {
                remaining += _people[(int)status];
            }

            return remaining;
        }
    }

    public int UnassessedHouseholds => _households[(int)HouseholdStatus.InvalidInput];

    public void Add(HouseholdStatus status, int members)
    {
        _households[(int)status]++;
        _people[(int)status] += members;
    }

    /// <summary>Takes back one <see cref="Add(HouseholdStatus, int)"/> (a live register's household that changed or left).</summary>
    public void Remove(HouseholdStatus status, int members)
    {
        _households[(int)status]--;
        _people[(int)status] -= members;
    }

    public void Add(HouseholdTally tally)
    {
        foreach (var status in Enum.GetValues<HouseholdStatus>())
        {
            _households[(int)status] += tally.HouseholdsWith(status);
            _people[(int)status] += tally.PeopleWith(status);
        }
    }

    public void Add(TallyBuilder other)
    {
        for (var i = 0; i < Slots; i++)
        {
            _households[i] += other._households[i];
            _people[i] += other._people[i];
        }
    }

    /// <summary>Takes back <paramref name="other"/>'s counts.</summary>
    public void Remove(TallyBuilder other)
    {
        for (var i = 0; i < Slots; i++)
        {
            _households[i] -= other._households[i];
            _people[i] -= other._people[i];
        }
    }

    /// <summary>Empties the counter.</summary>
    public void Clear()
    {
        Array.Clear(_households);
        Array.Clear(_people);
    }

    public HouseholdTally Build(string? code) => new(code, [.. _households], [.. _people]);
}

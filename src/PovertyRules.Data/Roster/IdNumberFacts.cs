using PovertyRules.Model;

namespace PovertyRules.Data.Roster;

/// <summary>
/// What <see cref="IdNumberCheck"/> found in a row's ID number: why it is invalid, or its birth date, sex and
/// <see cref="IdNumberCheck.Key"/>. The default value stands for a blank cell.
/// </summary>
internal readonly record struct IdNumberFacts(string? Problem, DateOnly BirthDate, Sex Sex, ulong Key)
{
    /// <summary>Checks <paramref name="idNumber"/> (<c>null</c>: blank).</summary>
    public static IdNumberFacts Of(string? idNumber)
    {
        if (idNumber is null)
        {
            return default;
        }

        var problem = IdNumberCheck.Check(idNumber, out var birthDate, out var sex, out var key);
        return new IdNumberFacts(problem, birthDate, sex, key);
    }
}

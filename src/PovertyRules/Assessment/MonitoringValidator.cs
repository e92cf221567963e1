using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// Rejects monitoring records the rules cannot read, beyond the household checks: negative expenses, an elimination
/// date before the identification date, a household said never registered that carries an exit flag.
/// </summary>
internal static class MonitoringValidator
{
    public static IReadOnlyList<InputError> Validate(HouseholdRecord? household, AgeLimits ages)
    {
        var errors = HouseholdValidator.Validate(household, ages);
        if (household?.Monitoring is not { } record)
        {
            return errors;
        }

        List<InputError>? more = null;
        void Add(string field, string reason) => (more ??= []).Add(new InputError($"{nameof(HouseholdRecord.Monitoring)}.{field}", reason) { Location = household.Source });
        if (record.UnavoidableExpenses is < 0m and var expenses)
        {
            Add(nameof(MonitoringRecord.UnavoidableExpenses), $"unavoidable expenses cannot be negative, found {expenses}");
        }

        if (record.RiskIdentifiedOn is { } identified && record.RiskEliminatedOn is { } eliminated && eliminated < identified)
        {
            Add(nameof(MonitoringRecord.RiskEliminatedOn), $"the risk was marked eliminated on {eliminated:yyyy-MM-dd}, before it was identified on {identified:yyyy-MM-dd}");
        }

        if (record.RiskEliminated == false && record.RiskEliminatedOn is { } date)
        {
            Add(nameof(MonitoringRecord.RiskEliminatedOn), $"an elimination date ({date:yyyy-MM-dd}) is recorded for a risk marked not eliminated");
        }

        if (record.EverRegistered == false && household.ExitFlag is { } flag)
        {
            Add(nameof(MonitoringRecord.EverRegistered), $"the household is recorded as never registered but carries the exit flag {flag}");
        }

        if (record.RecordedCategory is { } category && !Enum.IsDefined(category))
        {
            Add(nameof(MonitoringRecord.RecordedCategory), $"{(int)category} is not a monitoring category (1 脱贫不稳定户, 2 边缘易致贫户, 3 突发严重困难户)");
        }

        return more is null ? errors : [.. errors, .. more];
    }
}

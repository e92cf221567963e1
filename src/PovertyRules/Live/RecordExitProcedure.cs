using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>
/// Records the steps of a household's exit procedure done so far (民主评议, 核实, 认可, 公示, 公告), replacing the record
/// held; refused when no household with the id is held. Immutable.
/// </summary>
/// <param name="HouseholdId">The household's register number (户编号).</param>
/// <param name="Procedure">The procedure as recorded now; <c>null</c> when no step is recorded.</param>
public sealed record RecordExitProcedure(string HouseholdId, ExitProcedureRecord? Procedure) : LiveChange;

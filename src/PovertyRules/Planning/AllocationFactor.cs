namespace PovertyRules.Planning;

/// <summary>A factor of the factor method (因素法); each county's share of a factor is its value over the counties' sum.</summary>
public enum AllocationFactor
{
    /// <summary>The registered poor people (weight <c>allocationPoorPopulationWeight</c>).</summary>
    PoorPopulation = 1,

    /// <summary>The poverty incidence, poor people / rural population (weight <c>allocationIncidenceWeight</c>).</summary>
    Incidence = 2,

    /// <summary>The inverse of the rural per-capita income: a poorer county gets more (weight <c>allocationRuralIncomeWeight</c>).</summary>
    RuralIncome = 3,

    /// <summary>The score of the last assessment's grade (weight <c>allocationPerformanceWeight</c>, scores <c>allocationGradeScores</c>).</summary>
    Performance = 4,
}

namespace PovertyRules.Model;

/// <summary>危房级别 — rural housing safety grade (A/B safe, C/D dangerous).</summary>
public enum HousingGrade
{
    /// <summary>1 A级 — safe.</summary>
    A = 1,
    /// <summary>2 B级 — safe with minor defects.</summary>
    B = 2,
    /// <summary>3 C级 — partly dangerous.</summary>
    C = 3,
    /// <summary>4 D级 — dangerous as a whole.</summary>
    D = 4,
    /// <summary>9 其他 — not graded on the A–D scale.</summary>
    Other = 9,
}

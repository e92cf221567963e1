namespace PovertyRules.Model;

/// <summary>
/// One member's 证件号码 read once, when the fact is built: its shape, and for a valid number the birth date and sex it
/// encodes and its 18-character form (a 15-digit number converted, for finding the same person in both forms).
/// </summary>
/// <param name="Shape">The first defect found, or valid.</param>
/// <param name="BirthDate">The birth date the number encodes; <c>null</c> unless valid.</param>
/// <param name="Sex">The sex the sequence digit encodes (odd: male); <c>null</c> unless valid.</param>
/// <param name="Normalised">The 18-character form (upper-case X); for a malformed number the trimmed text; <c>null</c> when missing.</param>
/// <param name="ExpectedCheck">The check character GB 11643 computes, for a number of 17 digits and a check character.</param>
internal readonly record struct IdNumberReading(IdNumberShape Shape, DateOnly? BirthDate, Sex? Sex, string? Normalised, char? ExpectedCheck)
{
    /// <summary>Whether the number is valid (18 characters, or 15 digits) so that its birth date and sex can be compared.</summary>
    public bool IsValid => Shape is IdNumberShape.Valid or IdNumberShape.ValidFifteenDigit;
}

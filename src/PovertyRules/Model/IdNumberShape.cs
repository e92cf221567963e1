namespace PovertyRules.Model;

/// <summary>What a recorded 证件号码 is, by GB 11643: the first defect found, in the order length, characters, checksum, birth date.</summary>
internal enum IdNumberShape : byte
{
    /// <summary>No ID number is recorded.</summary>
    Missing,

    /// <summary>Neither 18 characters nor an old 15-digit number.</summary>
    WrongLength,

    /// <summary>18 characters, but not 17 digits and a digit or X (or 15 characters, not all digits).</summary>
    BadCharacters,

    /// <summary>18 well-formed characters whose check character is not the one GB 11643 computes.</summary>
    BadChecksum,

    /// <summary>A number whose check character is right (or an old 15-digit number) but whose birth date cannot be.</summary>
    ImpossibleBirthDate,

    /// <summary>A valid 18-character number.</summary>
    Valid,

    /// <summary>A valid old 15-digit number (first-generation card).</summary>
    ValidFifteenDigit,
}

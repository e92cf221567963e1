using System.Globalization;

namespace PovertyRules.Integration.Tests.Support;

/// <summary>Households as the register records them, with names and ID numbers, for the bulk tests.</summary>
internal static class Register
{
    public const string Village = "431226101201";

    /// <summary>A household that may exit under the 2016 national profile, its head named and with an ID number.</summary>
    public static Household Exiting(int n) => new()
    {
        Id = "H" + n.ToString("D6", CultureInfo.InvariantCulture),
        VillageCode = Village,
        Members =
        [
            new Member
            {
                Name = NameOf(n), IdNumber = IdNumberOf(n), Relationship = Relationship.Head, Age = 46,
                MedicalInsuranceEligible = true, MedicalInsuranceEnrolled = true, OnGovernmentPayroll = false, VillageCadre = false,
            },
        ],
        Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3400m }],
        FoodAndClothingSecure = true,
        Dwelling = new Dwelling { Grade = HousingGrade.B, Resettled = false },
        SafeDrinkingWater = true,
        RegisteredBusiness = false,
        OwnedHousing = [],
        Vehicles = [],
        ExitProcedure = new ExitProcedureRecord
        {
            AppraisalHeld = true, Verified = true, HouseholdConsented = true, NoticeDays = 7, UnresolvedObjections = 0, Announced = true,
        },
    };

    /// <summary>Household <paramref name="n"/>, remaining poor (income below the line).</summary>
    public static Household Poor(int n) => Exiting(n) with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 1000m }] };

    /// <summary>Household <paramref name="n"/>, invalid input: a negative income and an 11-digit village code.</summary>
    public static Household Malformed(int n) => Exiting(n) with
    {
        VillageCode = "43122610120",
        Income = [new AnnualIncome { Year = 2016, PerCapitaNet = -10m }],
    };

    /// <summary><paramref name="count"/> households: every fifth remains poor, every seventh is malformed.</summary>
    public static IEnumerable<Household> Mixed(int count)
    {
        for (var n = 1; n <= count; n++)
        {
            yield return n % 7 == 0 ? Malformed(n) : n % 5 == 0 ? Poor(n) : Exiting(n);
        }
    }

    public static string NameOf(int n) => "张" + (char)('伟' + (n % 50)) + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A valid 18-character resident ID number (GB 11643 check character), distinct per <paramref name="n"/>.</summary>
    public static string IdNumberOf(int n)
    {
        var first17 = "431226" + "1970" + "0101" + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The households of <paramref name="source"/> as an asynchronous stream, yielding to the scheduler between records.</summary>
    public static async IAsyncEnumerable<Household?> Async(IEnumerable<Household?> source)
    {
        foreach (var household in source)
        {
            await Task.Yield();
            yield return household;
        }
    }
}

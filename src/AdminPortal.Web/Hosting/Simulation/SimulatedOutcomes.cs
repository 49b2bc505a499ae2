namespace AdminPortal.Web.Hosting.Simulation;

/// <summary>
/// How simulated conversations end for the people in them: the wrap-up codes agents pick, and the end users' survey
/// answers (ratings lean to the good side, as real post-contact surveys do; the low ones more often say why).
/// </summary>
internal static class SimulatedOutcomes
{
    public static readonly string[] WrapUpCodes = ["Resolved", "Product question", "Billing", "Requires follow up", "Escalated", "Wrong number"];

    /// <summary>Ratings 1 to 5 and how often each is given (in percent).</summary>
    private static readonly (int Rating, int Percent)[] Ratings = [(5, 42), (4, 28), (3, 12), (2, 8), (1, 10)];

    private static readonly string[] Praise = ["Quick answer, thank you.", "Very friendly and helpful.", "Sorted out in one call."];

    private static readonly string[] Complaints = ["Waited too long.", "Had to explain everything twice.", "My problem is not solved."];

    public static string WrapUpCode(Random random) => WrapUpCodes[random.Next(WrapUpCodes.Length)];

    public static (int Rating, string? Feedback) Survey(Random random)
    {
        var roll = random.Next(100);
        var rating = Ratings[^1].Rating;
        foreach (var (value, percent) in Ratings)
        {
            if (roll < percent)
            {
                rating = value;
                break;
            }

            roll -= percent;
        }

        var says = random.NextDouble() < (rating <= 2 ? 0.6 : 0.25);
        return (rating, !says ? null : rating >= 4 ? Praise[random.Next(Praise.Length)] : Complaints[random.Next(Complaints.Length)]);
    }
}

using AdminPortal.Domain.Entities;
using Bogus;

namespace AdminPortal.Domain.Seeding;

/// <summary>
/// Realistic generated contact-center staff: a team tree of departments and shifts, a menu tree of queues,
/// agents with names from Bogus (seeded, so every run makes the same people), team memberships,
/// queue assignments and a current status for each agent. Names, emails, agent numbers and extensions are unique
/// in the organisation as the database requires (extensions are 4 digits and up, agent numbers "Agent No.1000" and up).
/// </summary>
public sealed class WorkforceGenerator(Guid organisationId, StatusSet statuses, WorkforceSettings settings)
{
    private static readonly string[] _departments =
    [
        "Billing", "Technical Support", "Sales", "Retention", "Onboarding", "Claims", "Premium Care", "Returns",
        "Fraud Prevention", "Field Service", "Customer Care", "Collections", "Loyalty", "Accounts", "Escalations",
    ];

    private static readonly string[] _regions = ["North", "South", "East", "West", "Central", "EMEA", "APAC", "Americas"];
    private static readonly string[] _shifts = ["Day Shift", "Late Shift", "Night Shift", "Weekend", "Tier 1", "Tier 2", "Tier 3"];

    private static readonly string[] _queues =
    [
        "Billing Questions", "Technical Support", "New Orders", "Order Status", "Returns and Refunds", "Account Access",
        "Premium Support", "Speed Issues", "Mobile Queue", "Business Customers", "Moving House", "Outage Line",
    ];

    private static readonly string[] _queueBranches =
    [
        "English", "Spanish", "French", "German", "Callback", "VIP Line", "After Hours", "Overflow", "New Customers", "Existing Customers",
    ];

    private readonly Faker _faker = new("en") { Random = new Randomizer(settings.Seed) };

    public Workforce Generate()
    {
        var workforce = new Workforce();
        workforce.Teams.AddRange(GenerateTeams());
        workforce.Menus.AddRange(GenerateMenus());
        AssignTeams(workforce);
        for (var i = 0; i < settings.Agents; i++)
        {
            var agent = GenerateAgent(i);
            workforce.Agents.Add(agent);
            JoinTeams(workforce, agent);
            AssignQueues(workforce, agent);
        }

        SiblingNames.MakeUnique(workforce);
        return workforce;
    }

    private List<Team> GenerateTeams()
    {
        var teams = new List<Team>(settings.Teams);
        var roots = settings.Teams == 0 ? 0 : Math.Max(1, (settings.Teams + 4) / 5);
        for (var i = 0; i < settings.Teams; i++)
        {
            if (i < roots)
            {
                teams.Add(new Team { OrganisationId = organisationId, Name = Numbered(_departments, i), Position = i });
                continue;
            }

            var parent = i >= roots * 3 && _faker.Random.Bool(0.25f) ? teams[_faker.Random.Int(roots, i - 1)] : teams[_faker.Random.Int(0, roots - 1)];
            var position = teams.Count(t => t.ParentId == parent.Id);
            var name = $"{_faker.PickRandom(_regions)} {_faker.PickRandom(_shifts)}";
            teams.Add(new Team { OrganisationId = organisationId, Name = name, ParentId = parent.Id, Position = position });
        }

        return teams;
    }

    private List<Menu> GenerateMenus()
    {
        var menus = new List<Menu>(settings.Menus);
        var roots = settings.Menus == 0 ? 0 : Math.Max(1, (settings.Menus + 3) / 4);
        for (var i = 0; i < settings.Menus; i++)
        {
            if (i < roots)
            {
                var type = _faker.Random.WeightedRandom([MenuType.IvrMenu, MenuType.MobileMenu, MenuType.WebMenu], [0.7f, 0.15f, 0.15f]);
                var name = Numbered(_queues, i);
                menus.Add(new Menu
                {
                    OrganisationId = organisationId,
                    Name = name,
                    Position = i,
                    MenuType = type,
                    OutputMsg = type == MenuType.IvrMenu ? $"Thanks for calling {name}. An agent will be with you shortly." : null,
                    Hidden = _faker.Random.Bool(0.05f),
                });
                continue;
            }

            var parent = menus[_faker.Random.Int(0, roots - 1)];
            menus.Add(new Menu
            {
                OrganisationId = organisationId,
                Name = _faker.PickRandom(_queueBranches),
                ParentId = parent.Id,
                Position = menus.Count(m => m.ParentId == parent.Id),
                MenuType = parent.MenuType,
                OutputMsg = parent.MenuType == MenuType.IvrMenu ? $"You selected {parent.Name}." : null,
                Hidden = _faker.Random.Bool(0.05f),
            });
        }

        return menus;
    }

    private void AssignTeams(Workforce workforce)
    {
        if (workforce.Menus.Count == 0)
        {
            return;
        }

        foreach (var team in workforce.Teams)
        {
            foreach (var menu in PickDistinct(workforce.Menus, _faker.Random.Int(1, 2)))
            {
                workforce.TeamAssignments.Add(new TeamAssignment
                {
                    OrganisationId = organisationId,
                    MenuId = menu.Id,
                    TeamId = team.Id,
                    Lang = _faker.Random.Bool(0.8f) ? "en" : _faker.PickRandom(QueueValues.Languages),
                    QueueLevel = _faker.Random.Bool(0.7f) ? "primary" : "secondary",
                    ChannelType = _faker.Random.Bool(0.7f) ? "voice_call" : "chat",
                });
            }
        }
    }

    private Agent GenerateAgent(int index)
    {
        var first = _faker.Name.FirstName();
        var last = _faker.Name.LastName();
        var status = statuses.PickCurrent(_faker.Random);
        return new Agent
        {
            OrganisationId = organisationId,
            FirstName = first,
            MiddleName = _faker.Random.Bool(0.1f) ? _faker.Name.FirstName() : null,
            LastName = last,
            Email = $"{Slug(first)}.{Slug(last)}{index + 1}@{settings.EmailDomain}",
            AgentNumber = $"Agent No.{settings.FirstAgentNumber + index}",
            ExtensionNumber = (2000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Role = _faker.Random.Bool(0.04f) ? AgentRole.Supervisor : AgentRole.Agent,
            Location = _faker.Address.City(),
            PasswordHash = settings.PasswordHash,
            StatusId = status.Id,
            StatusUpdatedAt = settings.Now,
            CreatedAt = settings.Now.AddDays(-_faker.Random.Int(35, 900)),
        };
    }

    private void JoinTeams(Workforce workforce, Agent agent)
    {
        if (workforce.Teams.Count == 0)
        {
            return;
        }

        var count = _faker.Random.Bool(0.2f) ? 2 : 1;
        foreach (var team in PickDistinct(workforce.Teams, count))
        {
            workforce.Memberships.Add(new AgentTeamLink(agent.Id, team.Id));
        }
    }

    private void AssignQueues(Workforce workforce, Agent agent)
    {
        if (workforce.Menus.Count == 0)
        {
            return;
        }

        foreach (var menu in PickDistinct(workforce.Menus, _faker.Random.Int(1, 3)))
        {
            workforce.AgentAssignments.Add(new AgentAssignment
            {
                OrganisationId = organisationId,
                MenuId = menu.Id,
                AgentId = agent.Id,
                Lang = _faker.Random.Bool(0.8f) ? "en" : _faker.PickRandom(QueueValues.Languages),
                QueueLevel = _faker.Random.WeightedRandom(["primary", "secondary", "tertiary"], [0.6f, 0.3f, 0.1f]),
                ChannelType = _faker.Random.Bool(0.7f) ? "voice_call" : "chat",
                SkillLevel = _faker.Random.Int(1, 10),
            });
        }
    }

    private List<T> PickDistinct<T>(List<T> items, int count)
    {
        var picked = new List<T>(count);
        var indexes = new HashSet<int>();
        while (picked.Count < Math.Min(count, items.Count))
        {
            var index = _faker.Random.Int(0, items.Count - 1);
            if (indexes.Add(index))
            {
                picked.Add(items[index]);
            }
        }

        return picked;
    }

    private static string Numbered(string[] names, int index) =>
        index < names.Length ? names[index] : $"{names[index % names.Length]} {(index / names.Length) + 1}";

    private static string Slug(string name) =>
        new(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}

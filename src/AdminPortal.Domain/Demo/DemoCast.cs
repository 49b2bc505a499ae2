using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Demo;

/// <summary>
/// The people, teams, menus and assignments of the seed examples (002, 004), so every example can be tried
/// on the demo organisation, with the examples' numeric ids: seed 002's agents 11, 12, 13 and its team 1 (holding
/// Raymond D), seed 004's agents, teams and menus where their examples agree. Starting statuses follow seed 002:
/// Darth Vader on Lunch (a custom status), Craig T In-call, Raymond D and Barry Allen Offline, the Storm Troopers Available.
/// </summary>
public sealed class DemoCast(Guid organisationId, string adminEmail, string? adminPasswordHash, string? agentPasswordHash, DateTime now)
{
    public const string OrganisationName = "Death Star Contact Center";
    public const string Subdomain = "deathstar";
    public const string DarthVaderEmail = "notanakinskywalker@empire.com";
    public const string LunchStatus = "Lunch";

    private readonly Workforce _workforce = new();
    private readonly Dictionary<string, Agent> _agents = [];
    private readonly Dictionary<string, Team> _teams = [];
    private readonly Dictionary<string, Menu> _menus = [];

    public static IReadOnlyList<UserStatus> CustomStatuses(Guid organisationId) =>
    [
        new() { OrganisationId = organisationId, Name = "Coaching", Color = "deep_purple", WfmId = 45, Category = StatusCategory.Busy, Position = 10 },
        new() { OrganisationId = organisationId, Name = "Training", Color = "teal", WfmId = 46, Category = StatusCategory.Busy, Position = 11 },
        new() { OrganisationId = organisationId, Name = LunchStatus, Color = "orange", WfmId = 47, Category = StatusCategory.Away, Position = 12 },
    ];

    public Workforce Create(StatusSet statuses, IEnumerable<UserStatus> customStatuses)
    {
        _workforce.CustomStatuses.AddRange(customStatuses);
        AddAgents(statuses, _workforce.CustomStatuses.Single(c => c.Name == LunchStatus));
        AddTeams();
        AddMenus();
        AddAssignments();
        return _workforce;
    }

    private void AddAgents(StatusSet s, UserStatus lunch)
    {
        Agent("admin", 1, "Demo", "Admin", adminEmail, "Agent No.100", "100", s.Offline, AgentRole.Admin, adminPasswordHash);
        Agent("vader", 11, "Darth", "Vader", DarthVaderEmail, "Agent No.111", "111", lunch);
        Agent("craig", 12, "Craig", "T", "craigT@nelson.com", "Agent No.112", "112", s.InCall);
        Agent("raymond", 13, "Raymond", "D", "rayd@nelson.com", "Agent No.113", "113", s.Offline);
        Agent("barry", 81, "Barry", "Allen", "barry.allen@nelson.com", "Agent No.114", "114", s.Offline);
        Agent("tarkin", 1407, "Moff", "Tarkin", "moff.tarkin@empire.com", "Agent No.123", "123", s.Get(BuiltInStatuses.Unavailable), AgentRole.Supervisor);

        // seed 004's team examples: troopers 1-3 are agents 19-21, troopers 5-7 agents 34-36; extensions 201-207
        foreach (var (number, id, agentNumber) in new[] { (1, 19, 77), (2, 20, 78), (3, 21, 79), (5, 34, 80), (6, 35, 81), (7, 36, 82) })
        {
            Agent($"trooper{number}", id, "Storm", $"Trooper {number}", $"trooper{number}@empire.com", $"Agent No.{agentNumber}", $"20{number}", s.Available);
        }
    }

    /// <summary>Team 1 (seed 002's first example) holds Craig T and Raymond D, so the example answers for agents 11, 12 and 13.</summary>
    private void AddTeams()
    {
        Team("regiment", 147, "Storm Trooper Regiment", null, 0, "trooper1", "trooper2", "trooper3", "trooper5", "trooper6", "trooper7");
        Team("1st", 34, "Storm Trooper 1st Regiment", "regiment", 0, "trooper1", "trooper2");
        Team("2nd", 0, "Storm Trooper 2nd Regiment", "regiment", 1, "trooper5", "trooper6");
        Team("troopers", 10, "Storm Troopers", null, 1, "trooper1", "trooper2", "trooper3", "tarkin");
        Team("endor", 11, "Forest Moon of Endor Team", null, 2, "trooper1", "trooper2", "trooper3");
        Team("deathstar", 12, "Death Star Team", null, 3, "trooper5", "trooper6", "trooper7");
        Team("command", 0, "Imperial Command", null, 4, "vader", "tarkin");
        Team("nelson", 1, "Nelson Support", null, 5, "craig", "raymond");
    }

    /// <summary>Numeric ids of seed 004's menu examples (list, tree, calls); 0 where the examples disagree or say none.</summary>
    private void AddMenus()
    {
        Menu("deathstar", 1693, "Death Star", null, 0, MenuType.IvrMenu, "You have reached the Death Star");
        Menu("carpentry", 11, "Carpentry", "deathstar", 0, MenuType.IvrMenu, "Thanks for calling Death Star Carpentry");
        Menu("cabinetry", 0, "Cabinetry", "deathstar", 1, MenuType.IvrMenu, "Thanks for calling Death Star Cabinetry");
        Menu("premium", 0, "Premium Support", null, 1, MenuType.IvrMenu, "You selected premium support");
        Menu("mobile1", 2029, "Mobile 1", null, 2, MenuType.MobileMenu, null);
        Menu("venting", 2024, "Death Star Venting System", null, 3, MenuType.MobileMenu, null);
        Menu("droids", 2025, "Droid Repair", null, 4, MenuType.MobileMenu, null);
        Menu("emperor", 2049, "Emperor's Hotline", null, 5, MenuType.MobileMenu, null);
        Menu("armor", 2026, "Storm Trooper Armor", null, 6, MenuType.MobileMenu, null);
        Menu("polishing", 2036, "Armor Polishing Team", "armor", 0, MenuType.MobileMenu, null);
        Menu("mobilequeue", 0, "Mobile Queue", null, 7, MenuType.MobileMenu, null);
        Menu("speed", 2028, "Speed Issues", null, 8, MenuType.WebMenu, null);
    }

    private void AddAssignments()
    {
        AgentOn("deathstar", "vader", "en", skill: 10);
        AgentOn("deathstar", "tarkin", "it", skill: 8);
        AgentOn("premium", "vader", "en", skill: 9);
        AgentOn("emperor", "vader", "en", skill: 10);
        AgentOn("carpentry", "trooper1", "en", channel: "chat");
        AgentOn("mobilequeue", "craig", "en");
        AgentOn("droids", "raymond", "en");
        AgentOn("speed", "barry", "en");
        TeamOn("deathstar", "troopers", "en");
        TeamOn("armor", "deathstar", "en");
        TeamOn("polishing", "endor", "en", "secondary");
        TeamOn("venting", "regiment", "en");
        TeamOn("emperor", "command", "en");
    }

    private void Agent(
        string key, long numericId, string first, string last, string email, string number, string extension, UserStatus status,
        AgentRole role = AgentRole.Agent, string? passwordHash = null)
    {
        var agent = new Agent
        {
            OrganisationId = organisationId,
            NumericId = numericId,
            FirstName = first,
            LastName = last,
            Email = email,
            AgentNumber = number,
            ExtensionNumber = extension,
            Role = role,
            Location = key.StartsWith("trooper", StringComparison.Ordinal) || key is "vader" or "tarkin" ? "Death Star" : "Nelson Office",
            PasswordHash = passwordHash ?? agentPasswordHash,
            StatusId = status.Id,
            StatusUpdatedAt = now,
            CreatedAt = now.AddDays(-400),
        };
        _agents[key] = agent;
        _workforce.Agents.Add(agent);
    }

    private void Team(string key, long numericId, string name, string? parent, int position, params string[] members)
    {
        var team = new Team
        {
            OrganisationId = organisationId,
            NumericId = numericId,
            Name = name,
            ParentId = parent is null ? null : _teams[parent].Id,
            Position = position,
        };
        _teams[key] = team;
        _workforce.Teams.Add(team);
        _workforce.Memberships.AddRange(members.Select(m => new AgentTeamLink(_agents[m].Id, team.Id)));
    }

    private void Menu(string key, long numericId, string name, string? parent, int position, MenuType type, string? outputMsg)
    {
        var menu = new Menu
        {
            OrganisationId = organisationId,
            NumericId = numericId,
            Name = name,
            ParentId = parent is null ? null : _menus[parent].Id,
            Position = position,
            MenuType = type,
            OutputMsg = outputMsg,
        };
        _menus[key] = menu;
        _workforce.Menus.Add(menu);
    }

    private void AgentOn(string menu, string agent, string lang, string channel = "voice_call", int skill = 5) =>
        _workforce.AgentAssignments.Add(new AgentAssignment
        {
            OrganisationId = organisationId,
            MenuId = _menus[menu].Id,
            AgentId = _agents[agent].Id,
            Lang = lang,
            QueueLevel = "primary",
            ChannelType = channel,
            SkillLevel = skill,
        });

    private void TeamOn(string menu, string team, string lang, string queueLevel = "primary") =>
        _workforce.TeamAssignments.Add(new TeamAssignment
        {
            OrganisationId = organisationId,
            MenuId = _menus[menu].Id,
            TeamId = _teams[team].Id,
            Lang = lang,
            QueueLevel = queueLevel,
            ChannelType = "voice_call",
        });
}

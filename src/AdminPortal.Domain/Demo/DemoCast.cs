using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Seeding;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Demo;

/// <summary>
/// The people, teams, menus and assignments of the seed examples (002, 004), so every example can be tried
/// on the demo organisation. Starting statuses follow seed 002: Darth Vader on Break, Craig T In-call,
/// Raymond D and Barry Allen Offline, the Storm Troopers Available.
/// </summary>
public sealed class DemoCast(Guid organisationId, string adminEmail, string? adminPasswordHash, string? agentPasswordHash, DateTime now)
{
    public const string OrganisationName = "Death Star Contact Center";
    public const string Subdomain = "deathstar";
    public const string DarthVaderEmail = "notanakinskywalker@empire.com";

    private readonly Workforce _workforce = new();
    private readonly Dictionary<string, Agent> _agents = [];
    private readonly Dictionary<string, Team> _teams = [];
    private readonly Dictionary<string, Menu> _menus = [];

    public static IReadOnlyList<UserStatus> CustomStatuses(Guid organisationId) =>
    [
        new() { OrganisationId = organisationId, Name = "Coaching", Color = "deep_purple", WfmId = 45, Category = StatusCategory.Busy, Position = 10 },
        new() { OrganisationId = organisationId, Name = "Training", Color = "teal", WfmId = 46, Category = StatusCategory.Busy, Position = 11 },
    ];

    public Workforce Create(StatusSet statuses, IEnumerable<UserStatus> customStatuses)
    {
        _workforce.CustomStatuses.AddRange(customStatuses);
        AddAgents(statuses);
        AddTeams();
        AddMenus();
        AddAssignments();
        return _workforce;
    }

    private void AddAgents(StatusSet s)
    {
        Agent("admin", "Demo", "Admin", adminEmail, "Agent No.100", s.Offline, AgentRole.Admin, adminPasswordHash);
        Agent("vader", "Darth", "Vader", DarthVaderEmail, "Agent No.111", s.Get(BuiltInStatuses.Break));
        Agent("craig", "Craig", "T", "craigT@nelson.com", "Agent No.112", s.InCall);
        Agent("raymond", "Raymond", "D", "rayd@nelson.com", "Agent No.113", s.Offline);
        Agent("barry", "Barry", "Allen", "barry.allen@nelson.com", "Agent No.114", s.Offline);
        Agent("tarkin", "Moff", "Tarkin", "moff.tarkin@empire.com", "Agent No.123", s.Get(BuiltInStatuses.Unavailable), AgentRole.Supervisor);
        foreach (var (number, agentNumber) in new[] { (1, 77), (2, 78), (3, 79), (5, 80), (6, 81), (7, 82) })
        {
            Agent($"trooper{number}", "Storm", $"Trooper {number}", $"trooper{number}@empire.com", $"Agent No.{agentNumber}", s.Available);
        }
    }

    private void AddTeams()
    {
        Team("regiment", "Storm Trooper Regiment", null, 0, "trooper1", "trooper2", "trooper3", "trooper5", "trooper6", "trooper7");
        Team("1st", "Storm Trooper 1st Regiment", "regiment", 0, "trooper1", "trooper2");
        Team("2nd", "Storm Trooper 2nd Regiment", "regiment", 1, "trooper5", "trooper6");
        Team("troopers", "Storm Troopers", null, 1, "trooper1", "trooper2", "trooper3", "tarkin");
        Team("endor", "Forest Moon of Endor Team", null, 2, "trooper1", "trooper2", "trooper3");
        Team("deathstar", "Death Star Team", null, 3, "trooper5", "trooper6", "trooper7");
        Team("command", "Imperial Command", null, 4, "vader", "tarkin");
        Team("nelson", "Nelson Support", null, 5, "craig", "raymond", "barry");
    }

    private void AddMenus()
    {
        Menu("deathstar", "Death Star", null, 0, MenuType.IvrMenu, "You have reached the Death Star");
        Menu("carpentry", "Carpentry", "deathstar", 0, MenuType.IvrMenu, "Thanks for calling Death Star Carpentry");
        Menu("cabinetry", "Cabinetry", "deathstar", 1, MenuType.IvrMenu, "Thanks for calling Death Star Cabinetry");
        Menu("premium", "Premium Support", null, 1, MenuType.IvrMenu, "You selected premium support");
        Menu("mobile1", "Mobile 1", null, 2, MenuType.MobileMenu, null);
        Menu("venting", "Death Star Venting System", null, 3, MenuType.MobileMenu, null);
        Menu("droids", "Droid Repair", null, 4, MenuType.MobileMenu, null);
        Menu("emperor", "Emperor's Hotline", null, 5, MenuType.MobileMenu, null);
        Menu("armor", "Storm Trooper Armor", null, 6, MenuType.MobileMenu, null);
        Menu("polishing", "Armor Polishing Team", "armor", 0, MenuType.MobileMenu, null);
        Menu("mobilequeue", "Mobile Queue", null, 7, MenuType.MobileMenu, null);
        Menu("speed", "Speed Issues", null, 8, MenuType.WebMenu, null);
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

    private void Agent(string key, string first, string last, string email, string number, UserStatus status, AgentRole role = AgentRole.Agent, string? passwordHash = null)
    {
        var agent = new Agent
        {
            OrganisationId = organisationId,
            FirstName = first,
            LastName = last,
            Email = email,
            AgentNumber = number,
            ExtensionNumber = number[(number.IndexOf('.') + 1)..],
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

    private void Team(string key, string name, string? parent, int position, params string[] members)
    {
        var team = new Team { OrganisationId = organisationId, Name = name, ParentId = parent is null ? null : _teams[parent].Id, Position = position };
        _teams[key] = team;
        _workforce.Teams.Add(team);
        _workforce.Memberships.AddRange(members.Select(m => new AgentTeamLink(_agents[m].Id, team.Id)));
    }

    private void Menu(string key, string name, string? parent, int position, MenuType type, string? outputMsg)
    {
        var menu = new Menu
        {
            OrganisationId = organisationId,
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

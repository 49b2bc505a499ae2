using AdminPortal.Domain;
using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Presence;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using AdminPortal.Web.Portal;
using AdminPortal.Web.Portal.Queries;
using AdminPortal.Web.Tests.Portal.Fakes;
using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TestBuildingBlocks.Database;

namespace AdminPortal.Web.Tests.Portal;

/// <summary>
/// Base of the portal component tests: MudBlazor services (no transitions), loose JS interop, the real read
/// queries on a SQLite database (one organisation per test), hand-written fakes of the domain services, and
/// a manual clock. Pages render inside the popover, dialog and snackbar providers like in the layout.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public abstract class BunitTest : IAsyncLifetime
{
    private PortalData? _data;

    protected BunitTest(PortalDatabase database)
    {
        Database = database;
        Assignments = new FakeAssignmentService(Calls);
        StatusChanges = new FakeStatusChangeService(Calls);
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.ConfigurationValues).Build();
        var services = Context.Services;
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDomain(configuration);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        services.AddScoped<CurrentUser>();
        services.AddScoped<PortalScope>();
        services.AddPortalQueries();
        services.AddSingleton(Calls);
        services.AddSingleton<ITeamService, FakeTeamService>();
        services.AddSingleton<IMenuService, FakeMenuService>();
        services.AddSingleton<IAssignmentService>(Assignments);
        services.AddSingleton<IAgentService, FakeAgentService>();
        services.AddSingleton<IUserStatusService, FakeUserStatusService>();
        services.AddSingleton<IStatusChangeService>(StatusChanges);
        services.AddSingleton<IStatusFeed>(Feed);
        services.AddSingleton<IPresenceTracker>(Presence);
        services.AddScoped<CircuitPresence>();
        Authorization = Context.AddAuthorization();
    }

    /// <summary>The authentication state components see (signed out unless a test sets it).</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    protected BunitContext Context { get; } = new();

    protected PortalDatabase Database { get; }

    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    protected ServiceCalls Calls { get; } = new();

    protected FakeStatusFeed Feed { get; } = new();

    protected FakePresenceTracker Presence { get; } = new();

    protected FakeAssignmentService Assignments { get; }

    protected FakeStatusChangeService StatusChanges { get; }

    protected PortalData Data => _data ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The signed-in user of the test (an admin unless a test signs in someone else).</summary>
    protected Agent SignedIn { get; private set; } = null!;

    protected IEnumerable<string> Snackbars => Context.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? string.Empty);

    public async Task InitializeAsync()
    {
        var organisation = await Database.CreateOrganisationAsync();
        _data = new PortalData(Database, organisation.Id, Clock);
        SignedIn = await Data.AddAgentAsync("Ada", "Admin", role: AgentRole.Admin);
        SignInAs(SignedIn);
    }

    protected void SignInAs(Agent agent) => Context.Services.GetRequiredService<CurrentUser>().SignedInAs(PortalClaims.For(agent));

    /// <summary>Renders the page inside the MudBlazor providers; dialogs and popovers appear in the host's markup.</summary>
    protected (IRenderedComponent<ContainerFragment> Host, IRenderedComponent<TPage> Page) RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        var host = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(3);
            builder.CloseComponent();
        });
        return (host, host.FindComponent<TPage>());
    }

    /// <summary>Renders a page with route parameters (by name) inside the MudBlazor providers.</summary>
    protected (IRenderedComponent<ContainerFragment> Host, IRenderedComponent<TPage> Page) RenderPage<TPage>(IReadOnlyDictionary<string, object?> routeValues)
        where TPage : IComponent
    {
        var host = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(3);
            foreach (var (name, value) in routeValues)
            {
                builder.AddComponentParameter(4, name, value);
            }

            builder.CloseComponent();
        });
        return (host, host.FindComponent<TPage>());
    }

    /// <summary>Answers the confirmation the page asks before it acts (delete, remove); returns what the box said.</summary>
    protected static async Task<string> AnswerConfirmationAsync(IRenderedComponent<ContainerFragment> host, string button)
    {
        var text = "";
        host.WaitForAssertion(() => text = host.Find(".mud-message-box").TextContent);
        await host.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == button).ClickAsync();
        return text;
    }

    /// <summary>Signs in a supervisor of the test organisation instead of the admin.</summary>
    protected async Task<Agent> SignInSupervisorAsync()
    {
        var supervisor = await Data.AddAgentAsync("Moff", "Tarkin", role: AgentRole.Supervisor);
        SignInAs(supervisor);
        return supervisor;
    }

    /// <summary>
    /// Types <paramref name="text"/> into the picker labelled <paramref name="label"/> (agents, teams, menus search on the
    /// server) and picks the choice shown as <paramref name="choice"/>, as a user would.
    /// </summary>
    protected static async Task PickAsync<TComponent>(IRenderedComponent<TComponent> component, string label, string text, string choice)
        where TComponent : class, IComponent
    {
        IRenderedComponent<MudAutocomplete<Choice>>? picker = null;
        component.WaitForAssertion(() => picker = component.FindComponents<MudAutocomplete<Choice>>().Single(a => a.Instance.Label == label));
        var found = (await picker!.Instance.SearchFunc!(text, CancellationToken.None)!).ToList();
        var picked = found.SingleOrDefault(c => c?.Name == choice)
            ?? throw new InvalidOperationException($"'{choice}' is not among the choices for '{text}': {string.Join(", ", found.Select(c => c?.Name))}");
        await component.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(picked));
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}

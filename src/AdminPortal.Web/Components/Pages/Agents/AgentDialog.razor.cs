using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Web.Portal.Queries;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Pages.Agents;

/// <summary>Creates or edits an agent; the service's validation messages appear under their fields.</summary>
public sealed partial class AgentDialog
{
    private const string EmailKey = "email";
    private const string FirstNameKey = "first_name";
    private const string MiddleNameKey = "middle_name";
    private const string LastNameKey = "last_name";
    private const string AgentNumberKey = "agent_number";
    private const string ExtensionKey = "extension_number";
    private const string RoleKey = "roles";
    private const string LocationKey = "location";
    private const string PasswordKey = "password";

    private static readonly HashSet<string> Shown =
        [EmailKey, FirstNameKey, MiddleNameKey, LastNameKey, AgentNumberKey, ExtensionKey, RoleKey, "role", LocationKey, PasswordKey];

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;

    /// <summary>The agent to edit; null creates a new one.</summary>
    [Parameter] public AgentRow? Agent { get; set; }

    private string _email = "";
    private string _firstName = "";
    private string? _middleName;
    private string _lastName = "";
    private string? _agentNumber;
    private string? _extensionNumber;
    private AgentRole _role = AgentRole.Agent;
    private string? _location;
    private string? _password;
    private bool _saving;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    protected override void OnParametersSet()
    {
        if (Agent is { } agent)
        {
            (_email, _firstName, _middleName, _lastName) = (agent.Email, agent.FirstName, agent.MiddleName, agent.LastName);
            (_agentNumber, _extensionNumber, _role, _location) = (agent.AgentNumber, agent.ExtensionNumber, agent.Role, agent.Location);
        }
    }

    private bool HasError(string key) => _errors.ContainsKey(key) || (key == RoleKey && _errors.ContainsKey("role"));

    private string? ErrorOf(string key) => _errors.GetValueOrDefault(key) ?? (key == RoleKey ? _errors.GetValueOrDefault("role") : null);

    private async Task SaveAsync()
    {
        _saving = true;
        _errors = new Dictionary<string, string>();
        var details = new AgentDetails(_email.Trim(), _firstName.Trim(), Blank(_middleName), _lastName.Trim(), Blank(_agentNumber),
            Blank(_extensionNumber), null, _role, Blank(_location));
        try
        {
            if (Agent is { } agent)
            {
                await Scope.RunAsync<IAgentService>(s => s.UpdateAsync(User.Actor, agent.Id, details));
                Snackbar.Add($"{agent.Name} saved", Severity.Success);
            }
            else
            {
                await Scope.RunAsync<IAgentService>(s => s.CreateAsync(User.Actor, details, Blank(_password)));
                Snackbar.Add($"{details.FirstName} {details.LastName} created", Severity.Success);
            }

            Dialog.Close(DialogResult.Ok(true));
        }
        catch (ValidationFailedException exception)
        {
            _errors = exception.Errors;
        }
        catch (DomainException exception)
        {
            Snackbar.Add(exception.Message, Severity.Error);
        }
        finally
        {
            _saving = false;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

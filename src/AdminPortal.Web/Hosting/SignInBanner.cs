using System.Text;
using AdminPortal.Domain.Demo;

namespace AdminPortal.Web.Hosting;

/// <summary>The boxed block printed at start: where the portal listens and how to sign in to the demo.</summary>
public static class SignInBanner
{
    public static string Render(IEnumerable<string> urls, DemoSignIns? signIns, string? passwordFile)
    {
        var lines = new List<string>();
        foreach (var url in urls)
        {
            lines.Add($"AdminPortal is listening on {url}");
        }

        if (signIns is not null)
        {
            lines.Add(string.Empty);
            lines.Add($"Demo organisation: {DemoCast.OrganisationName}");
            lines.Add($"  Admin  {signIns.AdminEmail}  /  {signIns.AdminPassword}");
            lines.Add($"  Agent  {signIns.AgentEmail}  /  {signIns.AgentPassword}");
            lines.Add("  (every demo agent signs in with the agent password)");
            if (passwordFile is not null)
            {
                lines.Add($"  Generated passwords are kept in {passwordFile}");
            }
        }

        var width = lines.Max(l => l.Length) + 2;
        var text = new StringBuilder();
        text.AppendLine();
        text.Append('+').Append('-', width).AppendLine("+");
        foreach (var line in lines)
        {
            text.Append("| ").Append(line.PadRight(width - 1)).AppendLine("|");
        }

        text.Append('+').Append('-', width).AppendLine("+");
        return text.ToString();
    }
}

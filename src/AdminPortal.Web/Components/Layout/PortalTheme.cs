using MudBlazor;

namespace AdminPortal.Web.Components.Layout;

/// <summary>The portal's light and dark palettes (text and controls keep WCAG AA contrast on both).</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00796b",
            Error = "#c62828",
            Success = "#2e7d32",
            AppbarBackground = "#283593",
            Background = "#f5f6fa",
            TextSecondary = "rgba(0,0,0,0.66)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            PrimaryContrastText = "#000000",
            Secondary = "#80cbc4",
            SecondaryContrastText = "#000000",
            Error = "#ff8a80",
            ErrorContrastText = "#000000",
            Success = "#81c784",
            SuccessContrastText = "#000000",
            AppbarBackground = "#1a237e",
            Background = "#121318",
            Surface = "#1e1f26",
            DrawerBackground = "#1e1f26",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}

using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Web.Features.Accounts;

internal static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                // Length and character classes are checked by PolicyPasswordValidator from the stored policy.
                o.Password.RequiredLength = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = SecurityPolicy.Default.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(SecurityPolicy.Default.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EnforcementDbContext>()
            .AddSignInManager<PlatformSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(SecurityPolicy.Default.IdleTimeoutMinutes);
            o.SlidingExpiration = true; // idle timeout: the cookie lives as long as the user keeps working
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden);
        });
        // A disabled account or a changed password ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddSingleton<SecurityPolicyStore>();
        services.AddScoped<AccountService>();
        services.AddScoped<RedirectManager>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<SecurityPolicyService>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Business, p => p.RequireRole(Roles.Business))
            .AddPolicy(Policies.PersonnelManagers, p => p.RequireRole(Roles.Head, Roles.Supervisor))
            .AddPolicy(Policies.SystemAdmin, p => p.RequireRole(Roles.SystemAdmin).RequireClaim("amr", "mfa"))
            .AddPolicy(Policies.SecurityAdmin, p => p.RequireRole(Roles.SecurityAdmin).RequireClaim("amr", "mfa"))
            .AddPolicy(Policies.AuditAdmin, p => p.RequireRole(Roles.AuditAdmin).RequireClaim("amr", "mfa"));
        return services;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.Services.GetRequiredService<SecurityPolicyStore>().Load();
        var api = app.MapGroup("/api/v1").WithTags("账户");
        AccountEndpoints.Map(api);
        AccountAdminEndpoints.Map(api);
        LogoutEndpoint.Map(app);
        return app;
    }
}

/// <summary>Authorization policy names.</summary>
internal static class Policies
{
    public const string Business = "business";
    public const string PersonnelManagers = "personnel-managers";
    public const string SystemAdmin = "system-admin";
    public const string SecurityAdmin = "security-admin";
    public const string AuditAdmin = "audit-admin";
}

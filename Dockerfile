# The portal host as a container: build with the .NET 10 SDK, run on the ASP.NET Core runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# restore first, from the project files only, so a change to the sources reuses the cached packages
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/JsonApi/JsonApi.csproj src/JsonApi/
COPY src/AdminPortal.Domain/AdminPortal.Domain.csproj src/AdminPortal.Domain/
COPY src/AdminPortal.Web/AdminPortal.Web.csproj src/AdminPortal.Web/
RUN dotnet restore src/AdminPortal.Web/AdminPortal.Web.csproj

# then the sources and the web root (publish carries wwwroot into /app/wwwroot)
COPY src/ src/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/AdminPortal.Web/AdminPortal.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /app/data && chown app:app /app/data
USER app
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["dotnet", "AdminPortal.Web.dll", "health", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "AdminPortal.Web.dll", "--urls", "http://0.0.0.0:8080"]

# The portal host as a container: build with the .NET 10 SDK, run on the ASP.NET Core runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/AdminPortal.Web/AdminPortal.Web.csproj -c Release -o /app \
 && mkdir -p /app/wwwroot \
 && cp -r wwwroot/. /app/wwwroot/

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /app/data && chown app:app /app/data
USER app
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "AdminPortal.Web.dll", "--urls", "http://0.0.0.0:8080"]

# syntax=docker/dockerfile:1
# API host image:  docker build -t modular-host .   (or: docker compose --profile app up --build)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Build settings first (nuget.config/.editorconfig/Directory.Build.targets are optional: the
# bracket globs let COPY skip them when absent), then the sources.
COPY global.json Directory.Build.props Directory.Packages.props Modular.sln .editorconfi[g] nuget.confi[g] NuGet.Confi[g] Directory.Build.target[s] ./
COPY src/ src/
RUN dotnet restore src/Host/Modular.Host/Modular.Host.csproj
RUN dotnet publish src/Host/Modular.Host/Modular.Host.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    DOTNET_NOLOGO=1
COPY --from=build /app ./
# Non-root user provided by the .NET images (uid 1654).
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Modular.Host.dll"]

# ./hotline run [host options]: installs what is missing, builds, and starts the platform on embedded defaults.

hotline_run() {
  source "$HOTLINE_ROOT/scripts/setup.sh"
  hotline_setup
  log "building the platform (Release)"
  dotnet build "$HOTLINE_ROOT/portal/Hotline.Portal/Hotline.Portal.csproj" -c Release -v quiet -nologo \
    -clp:ErrorsOnly >&2 || fail "build failed"
  cd "$HOTLINE_ROOT"
  # Defaults of DESIGN.md: demo organisation on, data under ./data, web on 127.0.0.1:5000, SIP on 127.0.0.1:5060.
  # Environment variables the caller sets win over these.
  export Hotline__Demo="${Hotline__Demo:-true}"
  export Hotline__DataDir="${Hotline__DataDir:-$HOTLINE_ROOT/data}"
  export Hotline__Analytics__Library="${Hotline__Analytics__Library:-$(chdb_library)}"
  export Hotline__Reports__FontFolder="${Hotline__Reports__FontFolder:-$HOTLINE_CACHE/fonts}"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
  exec dotnet "$HOTLINE_ROOT/portal/Hotline.Portal/bin/Release/net10.0/Hotline.Portal.dll" "$@"
}

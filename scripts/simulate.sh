# ./hotline simulate history [--years N] [--seed N] [--calls-per-day N] [--no-incident]:
# fills the analytics store with seeded synthetic history (calls, tickets, agent states, surveys, QA scores).
# Runs the portal's console entry ("simulate"), with the same data folder and engine settings as ./hotline run;
# when ./hotline run is up and holds the embedded engine, the events go through its outbox instead.

hotline_simulate() {
  [ $# -gt 0 ] || fail "simulate: say what to simulate (e.g. ./hotline simulate history --years 3)"
  source "$HOTLINE_ROOT/scripts/setup.sh"
  hotline_setup
  log "building the platform (Release)"
  dotnet build "$HOTLINE_ROOT/portal/Hotline.Portal/Hotline.Portal.csproj" -c Release -v quiet -nologo \
    -clp:ErrorsOnly >&2 || fail "build failed"
  cd "$HOTLINE_ROOT"
  export Hotline__DataDir="${Hotline__DataDir:-$HOTLINE_ROOT/data}"
  export Hotline__Analytics__Library="${Hotline__Analytics__Library:-$(chdb_library)}"
  dotnet "$HOTLINE_ROOT/portal/Hotline.Portal/bin/Release/net10.0/Hotline.Portal.dll" simulate "$@"
}

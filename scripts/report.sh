# ./hotline report <daily|monthly|qa|review> --from yyyy-MM-dd --to yyyy-MM-dd --out file.pdf [--agent N] [--url URL]:
# writes a PDF report. Runs the portal's console entry ("report"), with the same data folder, engine and fonts as ./hotline run;
# when ./hotline run is up (it holds the embedded engine) the report is produced by it through /api/v1/reports/…, else in this process.

hotline_report() {
  [ $# -gt 0 ] || fail "report: say which report (daily, monthly, qa or review), e.g. ./hotline report monthly --from 2026-10-01 --to 2026-10-31 --out oct.pdf"
  source "$HOTLINE_ROOT/scripts/setup.sh"
  hotline_setup
  log "building the platform (Release)"
  dotnet build "$HOTLINE_ROOT/portal/Hotline.Portal/Hotline.Portal.csproj" -c Release -v quiet -nologo \
    -clp:ErrorsOnly >&2 || fail "build failed"
  export Hotline__DataDir="${Hotline__DataDir:-$HOTLINE_ROOT/data}"
  export Hotline__Analytics__Library="${Hotline__Analytics__Library:-$(chdb_library)}"
  export HOTLINE_FONT_FOLDER="${HOTLINE_FONT_FOLDER:-$(dirname "$(noto_font)")}"
  # --out stays relative to where the command was run.
  dotnet "$HOTLINE_ROOT/portal/Hotline.Portal/bin/Release/net10.0/Hotline.Portal.dll" report "$@"
}

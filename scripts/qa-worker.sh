# ./hotline qa-worker [host options]: starts a QA worker process (transcription and scoring only) over the same data folder and
# operational store as ./hotline run, so QA capacity grows by starting more of them. Hotline:Qa:Workers sets its worker count.

hotline_qa_worker() {
  log "building the platform (Release)"
  dotnet build "$HOTLINE_ROOT/portal/Hotline.Portal/Hotline.Portal.csproj" -c Release -v quiet -nologo \
    -clp:ErrorsOnly >&2 || fail "build failed"
  cd "$HOTLINE_ROOT"
  export Hotline__DataDir="${Hotline__DataDir:-$HOTLINE_ROOT/data}"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
  exec dotnet "$HOTLINE_ROOT/portal/Hotline.Portal/bin/Release/net10.0/Hotline.Portal.dll" qa-worker "$@"
}

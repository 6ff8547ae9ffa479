# ./hotline bench [NAME]: runs the benchmarks. Each prints "bench NAME METRIC VALUE UNIT [vs REF VALUE UNIT ratio R]"
# lines and writes bench-results/NAME.json (see DESIGN.md, Benchmarks).

BENCHMARKS=(sip media acd analytics reports qa tickets knowledge portal)

hotline_bench() {
  local name="${1:-all}"
  if [ ${#BENCHMARKS[@]} -eq 0 ]; then
    log "no benchmarks are defined yet (they arrive with the telephony, analytics, QA and portal issues)"
    return 0
  fi
  source "$HOTLINE_ROOT/scripts/setup.sh"
  hotline_setup --tests
  local known=" ${BENCHMARKS[*]} "
  if [ "$name" != all ] && [[ "$known" != *" $name "* ]]; then
    fail "bench: unknown benchmark '$name' (known: ${BENCHMARKS[*]})"
  fi
  mkdir -p "$HOTLINE_ROOT/bench-results"
  dotnet run --project "$HOTLINE_ROOT/tests/Hotline.Benchmarks/Hotline.Benchmarks.csproj" -c Release -- "$name"
}

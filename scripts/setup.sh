# ./hotline setup [--tests]: installs everything that is not a NuGet package, idempotently.
# Engines and fonts go into $HOTLINE_CACHE (git-ignored); Debian packages through apt-get.

CHDB_NPM_PACKAGE="@chdb/lib-linux-x64-gnu@26.5.3"
NOTO_NPM_PACKAGE="@expo-google-fonts/noto-sans-sc@0.4.3"

# Debian packages the platform needs at run time.
RUNTIME_PACKAGES=(espeak-ng sox libgomp1 fonts-wqy-microhei)
# Debian packages only the tests and benchmarks need (real peers and tools).
# dovecot-imapd and python3-aiosmtpd are the real IMAP/SMTP pair the e-mail channel is tested against.
TEST_PACKAGES=(sip-tester baresip-core kamailio tshark chromium postgresql poppler-utils dovecot-imapd python3-aiosmtpd)

missing_packages() {
  local p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      echo "$p"
    fi
  done
}

install_debian_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages present: $*"
    return 0
  fi
  command -v apt-get >/dev/null || fail "apt-get not found; install these packages by hand: ${missing[*]}"
  log "installing Debian packages: ${missing[*]}"
  echo 'wireshark-common wireshark-common/install-setuid boolean false' | as_root debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  # A stale package list makes installs fail with 404s; refresh it once per set-up.
  as_root apt-get update -qq >/dev/null || fail "apt-get update failed"
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install failed for: ${missing[*]}"
}

# Fetches one npm package as a tarball and extracts the named members into a target folder.
# Usage: npm_extract PACKAGE TARGET_DIR MEMBER=DEST...
npm_extract() {
  local package="$1" target="$2"; shift 2
  command -v npm >/dev/null || fail "npm not found (Node.js with npm is a prerequisite)"
  local work; work="$(mktemp -d "$HOTLINE_CACHE/tmp.XXXXXX")"
  (cd "$work" && npm pack --silent "$package" >/dev/null) || { rm -rf "$work"; fail "npm pack $package failed"; }
  local tgz; tgz="$(ls "$work"/*.tgz)"
  local pair member dest
  mkdir -p "$target"
  for pair in "$@"; do
    member="${pair%%=*}"; dest="${pair#*=}"
    tar -xzf "$tgz" -C "$work" "$member" || { rm -rf "$work"; fail "$package has no $member"; }
    # Move into place only when complete, so an interrupted set-up never leaves half a file.
    mv -f "$work/$member" "$target/$dest"
  done
  rm -rf "$work"
}

install_chdb() {
  local lib; lib="$(chdb_library)"
  if [ -s "$lib" ]; then log "ClickHouse engine present: $lib"; return 0; fi
  log "fetching the ClickHouse engine ($CHDB_NPM_PACKAGE, about 170 MB download)"
  npm_extract "$CHDB_NPM_PACKAGE" "$(dirname "$lib")" package/libchdb.so=libchdb.so
}

install_fonts() {
  local font; font="$(noto_font)"
  if [ -s "$font" ] && [ -s "$(dirname "$font")/NotoSansSC-Bold.ttf" ]; then
    log "CJK fonts present: $(dirname "$font")"; return 0
  fi
  log "fetching CJK fonts ($NOTO_NPM_PACKAGE)"
  npm_extract "$NOTO_NPM_PACKAGE" "$(dirname "$font")" \
    package/400Regular/NotoSansSC_400Regular.ttf=NotoSansSC-Regular.ttf \
    package/700Bold/NotoSansSC_700Bold.ttf=NotoSansSC-Bold.ttf
}

hotline_setup() {
  local tests=0 arg
  for arg in "$@"; do
    case "$arg" in
      --tests) tests=1 ;;
      *) fail "setup: unknown option '$arg' (expected --tests)" ;;
    esac
  done
  command -v dotnet >/dev/null || fail "dotnet not found (the .NET SDK is a prerequisite)"
  mkdir -p "$HOTLINE_CACHE"
  if [ $tests -eq 1 ]; then
    install_debian_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  else
    install_debian_packages "${RUNTIME_PACKAGES[@]}"
  fi
  install_chdb
  install_fonts
  log "set-up complete"
}

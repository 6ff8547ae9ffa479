# Shared shell functions for ./hotline (sourced, not run).

log()  { printf '\033[1;34m[hotline]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[hotline] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Paths the .NET side also knows (see Hotline:Analytics:Library and Hotline:Reports:FontFile).
chdb_library()  { echo "$HOTLINE_CACHE/chdb/libchdb.so"; }
noto_font()     { echo "$HOTLINE_CACHE/fonts/NotoSansSC-Regular.ttf"; }

# Runs a command as root, through sudo when the shell is not root.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

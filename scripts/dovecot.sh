# Starts and stops the IMAP/SMTP pair the e-mail channel's tests use, loopback only, with a throwaway
# configuration under a temp folder:
#  - dovecot (Debian dovecot-imapd) serving Maildirs <dir>/mail/<user>/Maildir over IMAP (IDLE included);
#  - an aiosmtpd server (Debian python3-aiosmtpd) that accepts SMTP and delivers each recipient's copy
#    into the Maildir of the recipient's local part, so a reply the platform sends is read back over IMAP.
# Dovecot's submission service needs a relay MTA behind it and LMTP is not what a mail client speaks, so
# aiosmtpd is the SMTP server: a real SMTP implementation with nothing else to install or run.
# Users: every user name ([a-z0-9._-]) logs in with $TEST_MAIL_PASSWORD and gets its own empty mailbox
# (a static passdb), so each test works in a mailbox no other test touches.
# Both servers run as the current user; as root they run as dovecot's own unprivileged user, because
# dovecot refuses mail access as root.
# Usable on its own: bash scripts/dovecot.sh start|stop (prints the exports).

TEST_MAIL_DIR="${TMPDIR:-/tmp}/hotline-test-mail-$(echo "${HOTLINE_ROOT:-$PWD}" | md5sum | cut -c1-8)"
TEST_MAIL_PASSWORD="hotline-test-mail"

mail_user() {
  if [ "$(id -u)" -eq 0 ]; then echo dovecot; else id -un; fi
}

mail_free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

write_dovecot_config() {
  local dir="$1" imap_port="$2" user="$3" uid gid
  uid="$(id -u "$user")"; gid="$(id -g "$user")"
  cat >"$dir/dovecot.conf" <<EOF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = $user
default_internal_user = $user
default_internal_group = $(id -gn "$user")
first_valid_uid = $uid
last_valid_uid = 0
mail_location = maildir:$dir/mail/%Ln/Maildir
auth_username_chars = abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890.-_@
passdb {
  driver = static
  args = password=$TEST_MAIL_PASSWORD
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%Ln
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
EOF
}

# The SMTP server: delivers every accepted message to <root>/<local part>/Maildir.
SMTP_SINK_PY='
import mailbox, os, re, signal, sys
from aiosmtpd.controller import Controller

root, port = sys.argv[1], int(sys.argv[2])
with open(sys.argv[3], "w") as pid:
    pid.write(str(os.getpid()))
local_part = re.compile(r"^[a-z0-9._-]{1,64}$")

class Deliver:
    async def handle_RCPT(self, server, session, envelope, address, options):
        user = address.split("@")[0].lower()
        if not local_part.match(user):
            return "550 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            home = os.path.join(root, address.split("@")[0].lower())
            os.makedirs(home, exist_ok=True)
            box = mailbox.Maildir(os.path.join(home, "Maildir"), create=True)
            box.add(envelope.original_content)
        return "250 OK delivered"

controller = Controller(Deliver(), hostname="127.0.0.1", port=port)
controller.start()
signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
signal.pause()
'

start_test_mail() {
  [ -x /usr/sbin/dovecot ] || fail "dovecot not found (Debian dovecot-imapd): run ./hotline setup --tests"
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || fail "aiosmtpd not found (Debian python3-aiosmtpd): run ./hotline setup --tests"
  stop_test_mail
  local user imap_port smtp_port
  user="$(mail_user)"
  imap_port="$(mail_free_port "${HOTLINE_TEST_IMAP_PORT:-51143}")"
  smtp_port="$(mail_free_port "${HOTLINE_TEST_SMTP_PORT:-51025}")"
  rm -rf "$TEST_MAIL_DIR"
  mkdir -p "$TEST_MAIL_DIR/run" "$TEST_MAIL_DIR/state" "$TEST_MAIL_DIR/mail"
  write_dovecot_config "$TEST_MAIL_DIR" "$imap_port" "$user"
  [ "$(id -un)" = "$user" ] || chown -R "$user:" "$TEST_MAIL_DIR"
  /usr/sbin/dovecot -c "$TEST_MAIL_DIR/dovecot.conf" </dev/null >>"$TEST_MAIL_DIR/start.log" 2>&1 || fail "dovecot did not start (log: $TEST_MAIL_DIR/dovecot.log)"
  # Detached, so that nothing waiting on this shell's output waits on the server too.
  local as_user=()
  [ "$(id -un)" = "$user" ] || as_user=(runuser -u "$user" --)
  setsid "${as_user[@]}" /usr/bin/python3 -c "$SMTP_SINK_PY" "$TEST_MAIL_DIR/mail" "$smtp_port" "$TEST_MAIL_DIR/smtp.pid" \
    </dev/null >"$TEST_MAIL_DIR/smtp.log" 2>&1 &
  local tries=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; do
    tries=$((tries + 1))
    [ $tries -lt 100 ] || fail "the test mail servers did not open 127.0.0.1:$imap_port (IMAP) and :$smtp_port (SMTP); logs in $TEST_MAIL_DIR"
    sleep 0.1
  done
  export HOTLINE_TEST_IMAP="127.0.0.1:$imap_port"
  export HOTLINE_TEST_SMTP="127.0.0.1:$smtp_port"
  export HOTLINE_TEST_MAIL_PASSWORD="$TEST_MAIL_PASSWORD"
  log "mail servers for tests: IMAP (dovecot) on $HOTLINE_TEST_IMAP, SMTP (aiosmtpd) on $HOTLINE_TEST_SMTP"
}

stop_test_mail() {
  if [ -f "$TEST_MAIL_DIR/dovecot.conf" ]; then
    /usr/sbin/dovecot -c "$TEST_MAIL_DIR/dovecot.conf" stop >/dev/null 2>&1 || true
  fi
  if [ -f "$TEST_MAIL_DIR/smtp.pid" ]; then
    kill "$(cat "$TEST_MAIL_DIR/smtp.pid")" 2>/dev/null || true
    rm -f "$TEST_MAIL_DIR/smtp.pid"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  log() { echo "hotline: $*" >&2; }
  fail() { echo "hotline: $*" >&2; exit 1; }
  case "${1:-}" in
    start)
      start_test_mail
      echo "export HOTLINE_TEST_IMAP=$HOTLINE_TEST_IMAP HOTLINE_TEST_SMTP=$HOTLINE_TEST_SMTP HOTLINE_TEST_MAIL_PASSWORD=$HOTLINE_TEST_MAIL_PASSWORD"
      ;;
    stop) stop_test_mail ;;
    *) fail "usage: scripts/dovecot.sh start|stop" ;;
  esac
fi

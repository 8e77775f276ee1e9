# Sourced by the command-line tests: a temp folder removed at exit, pass/fail counts and checks
# of a command's exit status and output.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*" >&2; fail=$((fail + 1)); }
expect_status() {  # expect_status CODE CMD...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$* exited $got, expected $want: $(head -c 300 "$tmp/err")"; fi
}
expect_err() {  # expect_err TEXT: the last command's stderr contains TEXT
    if grep -qF -- "$1" "$tmp/err"; then ok; else bad "stderr lacks '$1': $(head -c 300 "$tmp/err")"; fi
}
expect_out() {  # expect_out TEXT: the last command's stdout contains TEXT
    if grep -qF -- "$1" "$tmp/out"; then ok; else bad "stdout lacks '$1': $(head -c 300 "$tmp/out")"; fi
}
